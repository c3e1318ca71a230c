package org.dossier.serve;

import org.dossier.pipeline.BuildOptions;
import org.dossier.pipeline.BuildResult;
import org.dossier.pipeline.Builder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * {@link Rebuild#full}: builds everything with {@link Builder#build}, then compares a checksum of every output file
 * with the previous build's to report the files that changed (for the brief, 1,900 files and 20 MB: some tens of
 * milliseconds).
 */
final class FullRebuild implements Rebuild {

    private final BuildOptions options;
    private Map<String, Long> before;

    FullRebuild(BuildOptions options) {
        this.options = options;
    }

    @Override
    public Outcome run(Set<String> changed) {
        if (before == null) before = checksums(options.out());
        BuildResult result = Builder.build(options);
        if (!result.ok()) return new Outcome(result, Optional.of(Set.of()));
        Map<String, Long> after = checksums(options.out());
        Set<String> differ = new HashSet<>(before.keySet());
        differ.addAll(after.keySet());
        differ.removeIf(f -> before.containsKey(f) && before.get(f).equals(after.get(f)));
        before = after;
        return new Outcome(result, Optional.of(Set.copyOf(differ)));
    }

    /** Output file → checksum of its bytes (CRC-32C, mixed with the length); empty when there is no output yet. */
    static Map<String, Long> checksums(Path out) {
        Map<String, Long> sums = new HashMap<>();
        if (!Files.isDirectory(out)) return sums;
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(p);
                CRC32C crc = new CRC32C();
                crc.update(bytes);
                sums.put(out.relativize(p).toString().replace('\\', '/'), crc.getValue() << 32 ^ bytes.length);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the output folder " + out + ": " + e.getMessage(), e);
        }
        return sums;
    }
}
