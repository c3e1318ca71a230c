package org.dossier.browser;

import org.dossier.TestSites;
import org.dossier.pipeline.BuildOptions;
import org.dossier.serve.DevServer;
import org.dossier.serve.Rebuild;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Measures, not tests: the time from saving a file to the tab showing the change, on a copy of the brief (content/,
 * themes/, i18n/ in a temp folder) served by {@code dossier serve}'s server and open in headless Chromium at
 * /en/editorial/. Each round edits a word and records when the rebuild was done (the server's listener) and when the
 * tab showed the change: the frame after its {@code <main>} was swapped in from the preview (a MutationObserver), or
 * the reloaded page's first paint (Performance API), on the same clock as the save; and whether the tab reloaded
 * again after the rebuild (it should not). The first round includes the JIT warming up.
 *
 * The edit is a word of the body (default), of the title ({@code title}: every page lists it, so every page is made
 * again), or of the layout the editorial uses ({@code template}).
 *
 * <pre>mvn -q test-compile exec:java -Dexec.mainClass=org.dossier.browser.LiveReloadTiming [-Dexec.args="ROUNDS body|title|template"]</pre>
 */
public final class LiveReloadTiming {

    private static int print(org.dossier.serve.Rebuild.Outcome outcome) {
        System.err.println(org.dossier.pipeline.Timings.format(outcome.result().stages()));
        return 0;
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String kind = args.length > 1 ? args[1] : "body";
        Path tmp = Files.createTempDirectory("dossier-timing-");
        Path site = tmp.resolve("site");
        for (String dir : List.of("content", "themes", "i18n")) {
            TestSites.copyTree(TestSites.project().resolve(dir), site.resolve(dir));
        }
        Path editorial = site.resolve("content/en/editorial.md");
        String text = TestSites.read(editorial);
        String sentence = "One of the great hallmarks of the Cities Mission";
        int end = text.indexOf("\n---\n", 4) + 5; // the body only, not the description (which says the same)
        String front = text.substring(0, end);
        String body = text.substring(end);
        if (end < 5 || !body.contains(sentence)) throw new IllegalStateException("the editorial no longer starts as expected");

        BlockingQueue<long[]> builds = new LinkedBlockingQueue<>();
        BuildOptions options = BuildOptions.of(site);
        DevServer.Listener listener = (changed, outcome) -> builds.add(new long[] {System.currentTimeMillis() + 0 * (Boolean.getBoolean("timing.stages") ? print(outcome) : 0),
                outcome.result().time().toMillis(), outcome.result().ok() ? 1 : 0,
                outcome.changedOutputs().map(s -> (long) s.size()).orElse(-1L)});
        Path layout = site.resolve("themes/default/templates/page.ftl");
        String template = TestSites.read(layout);
        if (!template.contains("</article>")) throw new IllegalStateException("page.ftl no longer ends its article as expected");
        try (DevServer server = new DevServer(options, 0, Rebuild.cached(options), listener);
             Browser b = Browser.start()) {
            builds.take();
            server.start();
            b.open(server.address() + "en/editorial/");
            WebDriverWait wait = new WebDriverWait(b.driver, Duration.ofSeconds(120), Duration.ofMillis(5));
            List<String> rows = new ArrayList<>();
            for (int i = 1; i <= rounds; i++) {
                String marker = "Timing" + i;
                // a reload loses the mark; a swap of <main> keeps it, and the observer notes when its frame was drawn
                b.js("window.dossierTimingMark = true; window.dossierShown = 0; var seen = false;"
                        + " new MutationObserver(function () { var m = document.querySelector('main');"
                        + " if (seen || !m || m.textContent.indexOf('" + marker + "') < 0) return; seen = true;"
                        + " requestAnimationFrame(function () { setTimeout(function () {"
                        + " window.dossierShown = performance.timeOrigin + performance.now(); }, 0); });"
                        + " }).observe(document.body, {childList: true, subtree: true});");
                long saved = System.currentTimeMillis();
                switch (kind) {
                    case "title" -> Files.writeString(editorial, front.replaceFirst("title: ", "title: " + marker + " ") + body);
                    case "template" -> Files.writeString(layout, template.replace("</article>", "<p>" + marker + "</p></article>"));
                    default -> Files.writeString(editorial, front + body.replace(sentence, sentence.replace("great", "great " + marker)));
                }
                wait.until(d -> String.valueOf(b.js("return document.querySelector('main') && document.querySelector('main')"
                        + ".textContent;")).contains(marker) && (!Boolean.TRUE.equals(b.js("return window.dossierTimingMark;"))
                        || ((Number) b.js("return window.dossierShown;")).doubleValue() > 0));
                boolean swapped = Boolean.TRUE.equals(b.js("return window.dossierTimingMark === true;"));
                double shown;
                if (swapped) {
                    shown = ((Number) b.js("return window.dossierShown;")).doubleValue();
                } else {
                    wait.until(d -> b.js("return performance.getEntriesByType('paint').length > 0;").equals(Boolean.TRUE));
                    shown = ((Number) b.js("var p = performance.getEntriesByName('first-contentful-paint')[0]"
                            + " || performance.getEntriesByType('paint')[0]; return performance.timeOrigin + p.startTime;"))
                            .doubleValue();
                }
                long[] built = builds.poll(120, TimeUnit.SECONDS);
                if (built == null || built[2] != 1) throw new IllegalStateException("the rebuild failed or did not come");
                Thread.sleep(500); // a measurement, not a test: time for the rebuild's event to reach the tab
                boolean again = swapped && !Boolean.TRUE.equals(b.js("return window.dossierTimingMark === true;"));
                rows.add(String.format("| %d | %.2f s | %.2f s | %.3f s | %s | %s | %d |", i, built[1] / 1000.0,
                        (built[0] - saved) / 1000.0, (shown - saved) / 1000.0, swapped ? "swap" : "reload",
                        again ? "yes" : "no", built[3]));
            }
            System.out.println("| round | build | save → rebuilt | save → tab shows it | how | reloaded after the rebuild |"
                    + " output files changed |");
            System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
            rows.forEach(System.out::println);
        } finally {
            org.dossier.output.Staging.deleteTree(tmp);
        }
    }
}
