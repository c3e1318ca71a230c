package org.dossier.pipeline;

import org.dossier.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A build's state written by {@link StateFile} reads back equal, record for record; what is not one is refused. */
class StateFileTest {

    @TempDir
    Path tmp;

    private static BuildState state(Path site) {
        BuildCache cache = BuildCache.memory();
        BuildResult r = Builder.build(new BuildOptions(site, site.resolve("site-output"), Optional.empty(), Optional.empty(),
                false), cache);
        assertTrue(r.ok(), () -> r.problems().toString());
        return cache.previous();
    }

    private static byte[] bytes(BuildState s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StateFile.write(out, s);
        return out.toByteArray();
    }

    @Test
    void aStateReadsBackEqual() throws Exception {
        Path brief = tmp.resolve("brief");
        for (String dir : List.of("content", "themes", "i18n")) TestSites.copyTree(TestSites.project().resolve(dir), brief.resolve(dir));
        for (Path site : List.of(brief, TestSites.multilingual(tmp.resolve("multi")))) {
            BuildState s = state(site);
            assertTrue(s.pages().size() > 5 && !s.bodies().isEmpty() && !s.report().problems().isEmpty() || site != brief);
            byte[] bytes = bytes(s);
            assertEquals(s, StateFile.read(new ByteArrayInputStream(bytes)), site.toString());
            assertEquals(s.report(), StateFile.readReport(new ByteArrayInputStream(report(s))), site.toString());
        }
    }

    private static byte[] report(BuildState s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StateFile.writeReport(out, s.report());
        return out.toByteArray();
    }

    @Test
    void bytesThatAreNoStateAreRefused() throws Exception {
        BuildState s = state(TestSites.multilingual(tmp));
        byte[] report = report(s);
        assertThrows(IOException.class, () -> StateFile.readReport(new ByteArrayInputStream(Arrays.copyOf(report, report.length / 2))));
        assertThrows(IOException.class, () -> StateFile.readReport(new ByteArrayInputStream(Arrays.copyOf(report, report.length + 3))));
        assertThrows(IOException.class, () -> StateFile.readReport(new ByteArrayInputStream(bytes(s))), "a state is no report");
        byte[] bytes = bytes(s);
        assertThrows(IOException.class, () -> StateFile.read(new ByteArrayInputStream(Arrays.copyOf(bytes, bytes.length / 2))));
        assertThrows(IOException.class, () -> StateFile.read(new ByteArrayInputStream(Arrays.copyOf(bytes, bytes.length + 3))));
        byte[] huge = bytes.clone();
        huge[0] = 0x7f; // the first string's length, or number: out of any range
        assertThrows(IOException.class, () -> StateFile.read(new ByteArrayInputStream(huge)));
    }
}
