package org.dossier.browser;

import org.dossier.browser.WebQuality.Sample;
import org.dossier.browser.WebQuality.Width;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.dossier.browser.WebQuality.DESKTOP;
import static org.dossier.browser.WebQuality.PHONE;
import static org.dossier.browser.WebQuality.SCHEMES;
import static org.dossier.browser.WebQuality.WIDTHS;
import static org.dossier.browser.WebQuality.scheme;
import static org.dossier.browser.WebQuality.width;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * WCAG 2.1 AA in a real browser: axe-core finds no violation on one page of every kind in every language, in the
 * light and the dark colour scheme, at a phone's and a desktop's width; the reader's theme toggle works and is
 * remembered; and what only a keyboard shows: the skip link, a visible focus on every tab stop, and the menu, the
 * main navigation and the language switcher reachable and operable with the keyboard alone.
 */
class AccessibilityBrowserTest extends OnTheBuiltBrief {

    /** axe-core (npm), as Deque packages it for Maven. */
    private static final String AXE;

    static {
        try (InputStream in = AccessibilityBrowserTest.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            AXE = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String RUN_AXE = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                               resultTypes: ['violations']})
              .then(function (r) {
                done(r.violations.map(function (v) {
                  return {id: v.id, impact: String(v.impact), help: v.help, nodes: v.nodes.map(function (n) {
                    return {target: n.target.join(' '), summary: String(n.failureSummary).replace(/\\s*\\n\\s*/g, ' ')};
                  })};
                }));
              }, function (e) { done('axe failed: ' + e); });
            """;

    @AfterEach
    void plainBrowser() {
        scheme(b, "light");
        width(b, DESKTOP);
        b.js("try { localStorage.clear(); } catch (e) {}");
    }

    /** axe on the page open now; one line per violated rule, with where and why, for the failure message. */
    @SuppressWarnings("unchecked")
    static List<String> axe(String page, String scheme, Width width) {
        if (b.js("return !!window.axe") != Boolean.TRUE) b.js(AXE);
        Object result = b.driver.executeAsyncScript(RUN_AXE);
        if (!(result instanceof List)) throw new AssertionError(page + ": " + result);
        List<String> found = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            StringBuilder sb = new StringBuilder(v.get("id") + " (" + v.get("impact") + ") on " + page + " [" + scheme
                    + ", " + width + "]: " + v.get("help"));
            List<Map<String, Object>> nodes = (List<Map<String, Object>>) v.get("nodes");
            nodes.stream().limit(6).forEach(n -> sb.append("\n      ").append(n.get("target")).append(" — ").append(n.get("summary")));
            if (nodes.size() > 6) sb.append("\n      … and ").append(nodes.size() - 6).append(" more");
            found.add(sb.toString());
        }
        return found;
    }

    @Test
    void axeFindsNoViolationOnAnyKindOfPageInEitherSchemeAtEitherWidth() {
        List<Sample> samples = WebQuality.samples(site.out);
        assertTrue(samples.size() >= 5 * 10, "every kind of page in every language: " + samples);
        long start = System.nanoTime();
        List<String> found = new ArrayList<>();
        int runs = 0;
        // each page is loaded once, at one width, then looked at in both schemes at both widths (as when a phone
        // turns or a window is resized); every other page is loaded at the phone's width
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            List<Width> widths = i % 2 == 0 ? WIDTHS : List.of(WIDTHS.get(1), WIDTHS.get(0));
            width(b, widths.get(0));
            b.open(WebQuality.at(site, s.path()));
            assertEquals(WebQuality.at(site, s.path()), b.driver.getCurrentUrl(), "the page stays where it is");
            for (Width w : widths) {
                width(b, w);
                for (String scheme : SCHEMES) {
                    scheme(b, scheme);
                    found.addAll(axe(s.toString(), scheme, w));
                    runs++;
                }
            }
        }
        // axe really looks: grey on grey, added to the page open now, is reported
        b.js("var p = document.createElement('p'); p.textContent = 'probe'; p.style.color = '#666';"
                + " p.style.background = '#333'; document.querySelector('main').appendChild(p);");
        assertTrue(axe("probe", "dark", PHONE).stream().anyMatch(v -> v.startsWith("color-contrast")), "axe reports nothing");
        System.out.printf("axe: %d pages × %d schemes × %d widths = %d runs, %d violations, %.1f s%n", samples.size(),
                SCHEMES.size(), WIDTHS.size(), runs, found.size(), (System.nanoTime() - start) / 1e9);
        assertEquals("", String.join("\n", found.stream().limit(60).toList()) + (found.size() > 60 ? "\n… and "
                + (found.size() - 60) + " more" : ""), found.size() + " axe violations (WCAG 2.1 A/AA) on "
                + samples.size() + " pages: " + samples.stream().map(Sample::kind).toList());
    }

    @Test
    void theThemeToggleSwitchesTheSchemeAndIsRememberedOnTheNextPage() {
        scheme(b, "light");
        b.open(WebQuality.at(site, "en/"));
        b.js("localStorage.clear()");
        b.open(WebQuality.at(site, "en/"));
        String light = background();
        assertEquals("false", b.one(".theme-toggle").getAttribute("aria-pressed"));
        b.one(".theme-toggle").click();
        assertEquals("dark", b.js("return document.documentElement.getAttribute('data-theme')"));
        assertEquals("true", b.one(".theme-toggle").getAttribute("aria-pressed"));
        String dark = background();
        assertNotEquals(light, dark, "the page turns dark");

        b.open(WebQuality.at(site, "en/tracks/innovative-finance/"));
        assertEquals("dark", b.js("return document.documentElement.getAttribute('data-theme')"), "remembered");
        assertEquals("true", b.one(".theme-toggle").getAttribute("aria-pressed"));
        assertEquals(dark, background());
        List<String> found = axe("en/tracks/innovative-finance/", "dark by the toggle on a light system", DESKTOP);
        assertEquals("", String.join("\n", found));

        b.one(".theme-toggle").click();
        assertEquals("light", b.js("return document.documentElement.getAttribute('data-theme')"));
        assertEquals("false", b.one(".theme-toggle").getAttribute("aria-pressed"));
        assertEquals(light, background());

        b.js("localStorage.clear()");
        scheme(b, "dark");
        b.open(WebQuality.at(site, "en/"));
        assertEquals("true", b.one(".theme-toggle").getAttribute("aria-pressed"), "a dark system shows as pressed");
        assertEquals(dark, background());
    }

    private static String background() {
        return (String) b.js("return getComputedStyle(document.body).backgroundColor");
    }

    // --- the keyboard ---

    /** Presses Tab once; returns a description of the element that has the focus then. */
    private static void tab() {
        new Actions(b.driver).sendKeys(Keys.TAB).perform();
    }

    private static void press(CharSequence key) {
        new Actions(b.driver).sendKeys(key).perform();
    }

    /**
     * Tabs through the page from its start until {@code stop} (a script on {@code el}, the focused element) holds,
     * or the focus has been round the page; opens each closed menu of the header met on the way with Enter, as a
     * keyboard user would. Returns what was wrong with the focus on the way: a tab stop with no visible focus
     * indicator (outline or box-shadow) or no size. The focused elements are kept in window.tabbed.
     */
    private static List<String> tabUntil(String stop) {
        b.js("window.tabbed = new Set(); document.activeElement && document.activeElement.blur();");
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            tab();
            Object state = b.js("""
                    var el = document.activeElement;
                    if (!el || el === document.body || window.tabbed.has(el)) return 'round';
                    window.tabbed.add(el);
                    var name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className ? '.' + String(el.className).trim().split(/\\s+/).join('.') : '')
                      + ' "' + (el.textContent || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 40) + '"';
                    var s = getComputedStyle(el), r = el.getBoundingClientRect();
                    var ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
                    if (!ring) return 'no visible focus: ' + name;
                    if (r.width < 1 || r.height < 1 || s.visibility === 'hidden') return 'focused but not shown: ' + name;
                    if (el.closest('header') && el.getAttribute('aria-expanded') === 'false') return 'menu';
                    return (function (el) { return %s; })(el) ? 'stop' : 'ok';
                    """.formatted(stop));
            if ("round".equals(state) || "stop".equals(state)) return problems;
            if ("menu".equals(state)) {
                press(Keys.ENTER);
                assertEquals("true", b.js("return document.activeElement.getAttribute('aria-expanded')"),
                        "Enter opens the header's menu button");
            } else if (!"ok".equals(state)) {
                problems.add(state.toString());
            }
        }
        return problems;
    }

    @Test
    void theSkipLinkIsTheFirstTabStopAndMovesTheFocusToMain() {
        for (Width w : WIDTHS) {
            width(b, w);
            // a fresh load from elsewhere, not from this page's own #main where the last round left it (once in a
            // full run, the first Tab after that left the focus on the body)
            b.open("about:blank");
            b.open(WebQuality.at(site, "en/tracks/innovative-finance/"));
            // the keys reach the page once it has the focus: before, the first Tab could only give it the focus, and
            // left it on the body (now and then in a full run)
            b.waiting().until(d -> Boolean.TRUE.equals(b.js("return document.readyState === 'complete' && document.hasFocus()")));
            tab();
            assertEquals("skip-link", b.js("return document.activeElement.className"), w + ": the first tab stop");
            assertTrue((Boolean) b.js("var r = document.activeElement.getBoundingClientRect();"
                    + " return r.top >= 0 && r.bottom <= innerHeight && r.width > 0;"), w + ": the focused skip link is on screen");
            press(Keys.ENTER);
            assertEquals("main", b.js("return document.activeElement.tagName.toLowerCase()"), w + ": Enter moves the focus to main");
            tab();
            assertTrue((Boolean) b.js("return document.querySelector('main').contains(document.activeElement)"),
                    w + ": the next tab stop is in the content, after the header");
        }
    }

    @Test
    void everyTabStopShowsTheFocusAndReachesTheMenuNavigationAndLanguages() {
        for (Width w : WIDTHS) {
            width(b, w);
            for (String page : List.of("en/", "it/tracks/innovative-finance/", "fr/search/?q=ville")) {
                b.open(WebQuality.at(site, page));
                List<String> problems = tabUntil("false");
                assertEquals(List.of(), problems, page + " at " + w);
                assertEquals(List.of(), b.js("return Array.from(document.querySelectorAll('.site-nav a, .lang-switch a'))"
                        + ".filter(function (a) { return !window.tabbed.has(a); }).map(function (a) { return a.outerHTML; })"),
                        page + " at " + w + ": links of the navigation and the language switcher that Tab never reaches");
            }
        }
    }

    @Test
    void theLanguageSwitcherAndTheMainNavigationWorkWithTheKeyboard() {
        for (Width w : List.of(PHONE, DESKTOP)) {
            width(b, w);
            b.open(WebQuality.at(site, "en/tracks/innovative-finance/"));
            tabUntil("el.matches('.lang-switch a[hreflang=\"it\"]')");
            assertTrue((Boolean) b.js("return document.activeElement.matches('.lang-switch a[hreflang=\"it\"]')"), w + ": Tab reaches Italiano");
            press(Keys.ENTER);
            WebQuality.waiting(b).until(d -> d.getCurrentUrl().endsWith("/it/tracks/innovative-finance/"));

            tabUntil("el.matches('.site-nav a:not([aria-current])')");
            String href = (String) b.js("return document.activeElement.href");
            assertTrue(href != null && href.contains("/it/"), w + ": Tab reaches the main navigation: " + href);
            press(Keys.ENTER);
            WebQuality.waiting(b).until(d -> d.getCurrentUrl().equals(href));
        }
    }
}
