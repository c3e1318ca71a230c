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

    /** One page of every kind the theme lays out differently, the search page with results. */
    static final List<String> KINDS = List.of("en/", "en/editorial/", "en/plenaries/", "en/plenaries/all-hands-on-deck/",
            "en/tracks/", "en/tracks/innovative-finance/", "en/tracks/innovative-finance/1-1/", "en/city-dives/",
            "en/city-dives/climate-shelter/", "it/cities/", "it/cities/torino/", "en/speakers/", "en/search/?q=finance",
            "de/404.html");

    /**
     * The page's cumulative layout shift from the start of its load (the Layout Instability API, buffered), read once
     * the page has settled: loaded, the search page's results shown, and two frames drawn after that.
     */
    record Shift(double value, List<String> moved) {
    }

    static Shift layoutShift() {
        b.waiting().until(d -> Boolean.TRUE.equals(b.js("return document.readyState === 'complete'"
                + " && (!document.getElementById('search-status') || document.getElementById('search-status').textContent !== '');")));
        @SuppressWarnings("unchecked")
        Map<String, Object> v = (Map<String, Object>) b.driver.executeAsyncScript(
                "var done = arguments[arguments.length - 1]; var sum = 0, moved = [];"
                + "function rect(r) { return Math.round(r.x) + ',' + Math.round(r.y) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height); }"
                + "function add(list) { list.forEach(function (e) { if (e.hadRecentInput) return; sum += e.value;"
                + "  e.sources.forEach(function (s) { var n = s.node && s.node.nodeType === 1 ? s.node : s.node && s.node.parentElement;"
                + "    moved.push((n ? n.tagName.toLowerCase() + (n.className ? '.' + String(n.className).split(' ').join('.') : '') : '?')"
                + "      + ' ' + rect(s.previousRect) + ' → ' + rect(s.currentRect)); }); }); }"
                + "var o = new PerformanceObserver(function (l) { add(l.getEntries()); });"
                + "o.observe({type: 'layout-shift', buffered: true});"
                + "requestAnimationFrame(function () { requestAnimationFrame(function () {"
                + "  setTimeout(function () { add(o.takeRecords()); o.disconnect(); done({value: sum, moved: moved}); }, 0); }); });");
        @SuppressWarnings("unchecked")
        List<String> moved = (List<String>) v.get("moved");
        return new Shift(((Number) v.get("value")).doubleValue(), moved);
    }

    /**
     * Nothing moves while a page loads, however slowly: the CPU runs 6 times slower, the page arrives in small pieces
     * (its header in 100-byte ones, 30 ms apart: the browser draws every state of the half-read page) and the
     * stylesheet and scripts late. On a fast machine
     * the same pages load in one piece and a fault here would only show now and then.
     */
    @Test
    void pagesDoNotShiftWhileTheyLoad() throws Exception {
        try (StaticServer slow = new StaticServer(site.out, "/", new StaticServer.Throttle(700, 100, 30, 300))) {
            b.driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 6));
            List<String> shifts = new java.util.ArrayList<>();
            for (boolean onPhone : List.of(false, true)) {
                phone(onPhone);
                for (String page : KINDS) {
                    b.clearCache();
                    b.open(slow.url() + page);
                    Shift shift = layoutShift();
                    if (shift.value() > 0) {
                        shifts.add(page + (onPhone ? " on a phone" : " on a desktop") + ": layout shift " + shift.value()
                                + ", moved: " + shift.moved());
                    }
                }
            }
            assertEquals(List.of(), shifts, "what moved while the page loaded (x,y width×height before → after)");
        } finally {
            b.driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 1));
        }
    }

    /**
     * The page's header, drawn half-read, has each of its parts where the whole header has it: for every element of the
     * header in document order, a copy of the header cut after it (as the browser has it when the page stops arriving
     * there: that element whole, its parents open, nothing after it) is laid out in its place, and every element it
     * holds that can be seen (not a visually hidden label) must start where it does in the whole header. A slow
     * load draws only some of these states, at moments that depend on the machine; this tries each of them.
     */
    @Test
    void theHeaderHalfReadHasEachPartWhereTheWholeHeaderHasIt() {
        List<String> moved = new java.util.ArrayList<>();
        for (boolean onPhone : List.of(false, true)) {
            phone(onPhone);
            for (String page : List.of("en/", "en/plenaries/", "en/tracks/innovative-finance/1-1/", "it/cities/torino/",
                    "en/search/?q=finance")) {
                b.open(site.http(page));
                @SuppressWarnings("unchecked")
                List<String> found = (List<String>) b.js(
                        "var header = document.querySelector('header'); var all = header.querySelectorAll('*');"
                        + "function start(e) { var r = e.getBoundingClientRect(); return Math.round(r.left) + ',' + Math.round(r.top); }"
                        + "function shown(e) { var r = e.getBoundingClientRect(); return e.getClientRects().length && (r.width > 1 || r.height > 1); }"
                        + "function name(e) { var c = e.getAttribute('class'); return e.tagName.toLowerCase() + (c ? '.' + c.split(' ').join('.') : ''); }"
                        + "var whole = Array.prototype.map.call(all, start), out = [];"
                        + "for (var k = 0; k < all.length; k++) {"
                        + "  var copy = header.cloneNode(true), parts = copy.querySelectorAll('*');"
                        + "  for (var n = parts[k]; n !== copy; n = n.parentNode) { while (n.nextSibling) n.parentNode.removeChild(n.nextSibling); }"
                        + "  header.replaceWith(copy);"
                        + "  for (var i = 0; i <= k; i++) if (shown(parts[i]) && start(parts[i]) !== whole[i])"
                        + "    out.push(name(parts[i]) + ' at ' + start(parts[i]) + ' instead of ' + whole[i] + ' when the header stops at '"
                        + "      + name(parts[k]));"
                        + "  copy.replaceWith(header);"
                        + "}"
                        + "return out.slice(0, 5);");
                found.forEach(f -> moved.add(page + (onPhone ? " on a phone: " : " on a desktop: ") + f));
            }
        }
        assertEquals(List.of(), moved);
    }

    /**
     * On a page with a table of contents beside its text, the text drawn half-read (only its first block arrived) starts
     * where the whole text does: the table of contents, taller than that much text, must not push it down. A slow load
     * draws such a state at moments that depend on the machine; this makes it.
     */
    @Test
    void theTextHalfReadStartsWhereTheWholeTextDoes() {
        List<String> moved = new java.util.ArrayList<>();
        for (String page : List.of("en/tracks/innovative-finance/", "en/plenaries/all-hands-on-deck/")) {
            b.open(site.http(page));
            String found = (String) b.js("var text = document.querySelector('.has-toc > .toc ~ *');"
                    + "if (!text) return 'no text beside a table of contents';"
                    + "var whole = Math.round(text.getBoundingClientRect().top);"
                    + "while (text.children.length > 1) text.removeChild(text.lastElementChild);"
                    + "var half = Math.round(text.getBoundingClientRect().top);"
                    + "return half === whole ? '' : 'starts at ' + half + ' instead of ' + whole;");
            if (!found.isEmpty()) moved.add(page + ": " + found);
        }
        assertEquals(List.of(), moved);
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
