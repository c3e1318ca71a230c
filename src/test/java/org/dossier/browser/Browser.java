package org.dossier.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Headless Chromium for the browser tests: Debian's chromium and chromium-driver (or the programs named by
 * -Ddossier.chromium / -Ddossier.chromedriver). A missing browser fails the test, with what to install.
 */
public final class Browser implements AutoCloseable {

    public final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser start() {
        return start(false);
    }

    /**
     * @param record keep ChromeDriver's performance log (every network request) and browser log (the console, with
     *               Content-Security-Policy violations), read with {@code driver.manage().logs()}
     */
    public static Browser start(boolean record) {
        return start(record, null);
    }

    /** @param languages the reader's preferred languages, e.g. "it,en" (null: Chromium's default, en-US) */
    public static Browser start(boolean record, String languages) {
        Path chromium = find("dossier.chromium", "chromium", "chromium-browser", "google-chrome");
        Path chromedriver = find("dossier.chromedriver", "chromedriver");
        try {
            Path profile = Files.createTempDirectory("dossier-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--no-first-run",
                    "--window-size=1280,900", "--user-data-dir=" + profile);
            if (languages != null) {
                options.addArguments("--lang=" + languages.split(",")[0]);
                options.setExperimentalOption("prefs", Map.of("intl.accept_languages", languages));
            }
            if (record) options.setCapability("goog:loggingPrefs", Map.of("performance", "ALL", "browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The program named by the system property, or the first of {@code names} on the PATH (or in /usr/bin). */
    static Path find(String property, String... names) {
        String given = System.getProperty(property);
        if (given != null && !given.isBlank()) {
            Path p = Path.of(given);
            if (Files.isExecutable(p)) return p;
            fail(property + "=" + given + " is not an executable program");
        }
        String path = System.getenv().getOrDefault("PATH", "") + java.io.File.pathSeparator + "/usr/bin";
        for (String name : names) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (dir.isEmpty()) continue;
                Path p = Path.of(dir, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) return p;
            }
        }
        return fail("The browser tests need headless Chromium and its driver, and '" + names[0] + "' was not found."
                + " Install them (Debian/Ubuntu: apt-get install -y chromium chromium-driver), or name the programs"
                + " with -D" + property + "=/path/to/" + names[0] + ".");
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30)); // an upper bound: a busy machine is slow, never wrong
    }

    public void open(String url) {
        driver.get(url);
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public WebElement one(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Scripts the page has loaded so far, by file name ("search.1a2b3c4d.js"). */
    @SuppressWarnings("unchecked")
    public List<String> loadedScripts() {
        return (List<String>) js("return performance.getEntriesByType('resource').map(function (e) {"
                + " return e.name.split('?')[0].split('/').pop(); });");
    }

    /** Turns JavaScript off (or on) for the pages loaded next. */
    public void javascript(boolean on) {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !on));
    }

    /** Forgets every cached file, so that the next page loads as on a first visit. */
    public void clearCache() {
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
    }

    public WebDriver raw() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> s = Files.walk(profile)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temp profile does no harm
            }
        }
    }
}
