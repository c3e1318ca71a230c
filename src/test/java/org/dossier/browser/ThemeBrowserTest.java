package org.dossier.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What only a browser shows of the theme's design: no layout shift while a page loads, the phone menu (a button
 * with JS, the plain menu without), the track colours and icons used alike everywhere, and the mobile-first layout.
 */
class ThemeBrowserTest extends OnTheBuiltBrief {

    static final List<String> PAGES = List.of("en/", "en/tracks/innovative-finance/", "en/tracks/innovative-finance/1-1/",
            "en/city-dives/", "it/cities/", "en/search/?q=finance");

    @AfterEach
    void reset() {
        b.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        b.javascript(true);
    }

    static void phone(boolean on) {
        if (on) {
            b.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        } else {
            b.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** The page's cumulative layout shift so far (the Layout Instability API, buffered from the start of the load). */
    static double layoutShift() {
        Object v = b.driver.executeAsyncScript("var done = arguments[arguments.length - 1]; var sum = 0;"
                + "new PerformanceObserver(function (list) { list.getEntries().forEach(function (e) {"
                + "  if (!e.hadRecentInput) sum += e.value; }); }).observe({type: 'layout-shift', buffered: true});"
                + "setTimeout(function () { done(sum); }, 700);");
        return ((Number) v).doubleValue();
    }

    @Test
    void pagesDoNotShiftWhileTheyLoad() {
        for (boolean onPhone : List.of(false, true)) {
            phone(onPhone);
            for (String page : PAGES) {
                b.clearCache();
                b.open(site.http(page));
                double shift = layoutShift();
                assertEquals(0.0, shift, 0.001, page + (onPhone ? " on a phone" : " on a desktop") + ": layout shift " + shift);
            }
        }
    }

    @Test
    void onAPhoneTheMenuIsAButtonThatOpensAndClosesWithTheKeyboard() {
        phone(true);
        b.open(site.http("en/tracks/"));
        var toggle = b.one(".menu-toggle");
        assertTrue(toggle.isDisplayed(), "the menu button shows on a phone");
        assertEquals("false", toggle.getAttribute("aria-expanded"));
        assertFalse(b.one(".site-nav").isDisplayed(), "the navigation is folded away");
        assertTrue(b.one(".search-box").isDisplayed(), "search stays in reach");

        toggle.sendKeys(Keys.ENTER);
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        assertTrue(b.one(".site-nav").isDisplayed() && b.one(".lang-switch").isDisplayed() && b.one(".theme-toggle").isDisplayed());
        b.one(".site-nav a").sendKeys(Keys.ESCAPE);
        assertEquals("false", toggle.getAttribute("aria-expanded"), "Escape closes the menu");
        assertEquals(toggle, b.driver.switchTo().activeElement(), "and gives the focus back to the button");

        phone(false);
        b.open(site.http("en/tracks/"));
        assertFalse(b.one(".menu-toggle").isDisplayed(), "no menu button on a desktop");
        assertTrue(b.one(".site-nav").isDisplayed() && b.one(".lang-switch").isDisplayed());
    }

    @Test
    void withoutJavaScriptThePhoneMenuIsSimplyOpen() {
        phone(true);
        b.javascript(false);
        b.open(site.http("en/"));
        assertFalse(b.one(".menu-toggle").isDisplayed(), "no button that would do nothing");
        assertFalse(b.one(".theme-toggle").isDisplayed(), "nor a theme toggle");
        assertTrue(b.one(".site-nav").isDisplayed() && b.one(".lang-switch").isDisplayed());
    }

    @Test
    void eachTrackHasOneColourAndOneIconEverywhere() {
        b.open(site.http("en/"));
        Map<String, String> colour = new java.util.HashMap<>();
        Map<String, String> icon = new java.util.HashMap<>();
        for (String page : List.of("en/", "en/tracks/", "en/city-dives/")) {
            b.open(site.http(page));
            @SuppressWarnings("unchecked")
            List<Map<String, String>> seen = (List<Map<String, String>>) b.js("return Array.from(document.querySelectorAll("
                    + "'main [class*=\"track-\"] .icon')).map(function (svg) {"
                    + " var host = svg.closest('[class*=\"track-\"]');"
                    + " return {track: host.className.match(/track-(\\d)/)[1],"
                    + " colour: getComputedStyle(host).getPropertyValue('--track').trim(),"
                    + " icon: svg.innerHTML}; });");
            assertFalse(seen.isEmpty(), page + " shows track icons");
            for (Map<String, String> s : seen) {
                String t = s.get("track");
                assertEquals(colour.computeIfAbsent(t, k -> s.get("colour")), s.get("colour"), page + ": track " + t + " colour");
                assertEquals(icon.computeIfAbsent(t, k -> s.get("icon")), s.get("icon"), page + ": track " + t + " icon");
            }
        }
        assertEquals(4, colour.size(), "four tracks: " + colour);
        assertEquals(4, colour.values().stream().distinct().count(), "four distinct colours: " + colour);
        assertEquals(4, icon.values().stream().distinct().count(), "four distinct icons");
    }

    @Test
    void thePhoneLayoutHasNoSidewaysScrolling() {
        phone(true);
        for (String page : PAGES) {
            b.open(site.http(page));
            long overflow = ((Number) b.js("return document.documentElement.scrollWidth - window.innerWidth;")).longValue();
            assertTrue(overflow <= 0, page + " is " + overflow + " px wider than a phone's screen");
        }
        b.open(site.http("en/"));
        String columns = (String) b.js("return getComputedStyle(document.querySelector('.cards-4')).gridTemplateColumns;");
        assertEquals(2, columns.trim().split("\\s+").length, "track cards two by two on a phone: " + columns);
        phone(false);
        b.open(site.http("en/"));
        columns = (String) b.js("return getComputedStyle(document.querySelector('.cards-4')).gridTemplateColumns;");
        assertNotEquals(2, columns.trim().split("\\s+").length, "in one row on a desktop: " + columns);
    }
}
