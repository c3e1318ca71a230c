package org.dossier.cli;

import org.dossier.TestSites;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** .github/workflows/check.yml is valid YAML and runs `dossier check` on every pull request, on Java 17. */
class CheckWorkflowTest {

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> map(Object o) {
        assertTrue(o instanceof Map, "a mapping: " + o);
        return (Map<Object, Object>) o;
    }

    @Test
    void theWorkflowChecksEveryPullRequest() {
        String text = TestSites.read(TestSites.project().resolve(".github/workflows/check.yml"));
        Map<Object, Object> workflow = map(new Yaml(new SafeConstructor(new LoaderOptions())).load(text));
        // YAML 1.1 (SnakeYAML) reads the key `on` as true; GitHub reads it as "on"
        Object on = workflow.containsKey("on") ? workflow.get("on") : workflow.get(true);
        assertTrue(on instanceof Map<?, ?> m && m.containsKey("pull_request") || "pull_request".equals(on)
                || on instanceof List<?> l && l.contains("pull_request"), "runs on pull requests: " + on);

        Map<Object, Object> jobs = map(workflow.get("jobs"));
        assertEquals(1, jobs.size(), "one job: " + jobs.keySet());
        Map<Object, Object> job = map(jobs.values().iterator().next());
        assertTrue(String.valueOf(job.get("runs-on")).startsWith("ubuntu"), "runs-on: " + job.get("runs-on"));
        List<Map<Object, Object>> steps = ((List<?>) job.get("steps")).stream().map(CheckWorkflowTest::map).toList();

        int checkout = indexOf(steps, "uses", "actions/checkout@");
        int java = indexOf(steps, "uses", "actions/setup-java@");
        int check = indexOf(steps, "run", "./dossier check");
        assertTrue(checkout >= 0 && checkout < java && java < check, "checkout, then Java, then the check: " + steps);
        Map<Object, Object> with = map(steps.get(java).get("with"));
        assertEquals("17", String.valueOf(with.get("java-version")), "Java 17: " + with);
        assertEquals("maven", with.get("cache"), "the Maven cache: " + with);
        assertNotNull(with.get("distribution"), "setup-java needs a distribution: " + with);
        assertEquals("./dossier check", String.valueOf(steps.get(check).get("run")).strip());
        assertFalse(Boolean.TRUE.equals(steps.get(check).get("continue-on-error")), "an error fails the check");
        assertFalse(text.contains("../shared"), "the check needs no brief source beside the repository");
    }

    private static int indexOf(List<Map<Object, Object>> steps, String key, String prefix) {
        for (int i = 0; i < steps.size(); i++) {
            if (String.valueOf(steps.get(i).get(key)).strip().startsWith(prefix)) return i;
        }
        return -1;
    }
}
