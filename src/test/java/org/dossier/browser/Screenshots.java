package org.dossier.browser;

import org.dossier.TestSites;
import org.dossier.pipeline.BuildResult;
import org.openqa.selenium.OutputType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The theme's screenshots (themes/default/screenshots/, shown in the README): the home page and a track page on a
 * phone and a desktop, in headless Chromium, from a fresh build of the brief. Run it after changing the theme:
 * <pre>mvn -q test-compile exec:java -Dexec.mainClass=org.dossier.browser.Screenshots</pre>
 */
public final class Screenshots {

    private record Shot(String name, String page, int width, int height) {
    }

    private static final List<Shot> SHOTS = List.of(
            new Shot("home-desktop", "en/", 1280, 900),
            new Shot("home-phone", "en/", 390, 844),
            new Shot("track-desktop", "en/tracks/innovative-finance/", 1280, 900),
            new Shot("track-phone", "en/tracks/innovative-finance/", 390, 844));

    public static void main(String[] args) throws IOException {
        if (args.length >= 4) { // one shot of any address, for looking at a change: URL WIDTH HEIGHT OUT.png [CSS selector]
            try (Browser b = Browser.start()) {
                shoot(b, args[0], Integer.parseInt(args[1]), Integer.parseInt(args[2]), Path.of(args[3]),
                        args.length > 4 ? args[4] : null);
            }
            return;
        }
        Path dir = TestSites.project().resolve("themes/default/screenshots");
        Path out = Files.createTempDirectory("dossier-screenshots-").resolve("site");
        BuildResult r = TestSites.build(TestSites.project(), out);
        if (!r.ok()) throw new IllegalStateException("the brief does not build: " + r.problems());
        Files.createDirectories(dir);
        try (StaticServer server = new StaticServer(out, "/"); Browser b = Browser.start()) {
            for (Shot s : SHOTS) {
                shoot(b, server.url() + s.page(), s.width(), s.height(), dir.resolve(s.name() + ".png"), null);
                System.out.println("wrote " + TestSites.project().relativize(dir.resolve(s.name() + ".png")));
            }
        }
    }

    private static void shoot(Browser b, String url, int width, int height, Path png, String scrollTo) throws IOException {
        b.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
        b.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", System.getProperty("scheme", "light")))));
        b.javascript(!Boolean.getBoolean("nojs"));
        b.open(url);
        if (scrollTo != null) b.js("document.querySelector(arguments[0]).scrollIntoView()", scrollTo);
        Files.write(png, b.driver.getScreenshotAs(OutputType.BYTES));
    }
}
