package org.dossier.brief;

import org.dossier.TestSites;
import org.dossier.pipeline.BuildOptions;
import org.dossier.pipeline.Builder;
import org.dossier.content.Page;
import org.dossier.content.SiteModel;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The brief's structure as content: plenaries, tracks, sessions, City Dives, quotes, data files. */
class BriefContentTest {

    static SiteModel model;
    static List<Page> en;

    @BeforeAll
    static void load() {
        Builder.Loaded loaded = Builder.load(BuildOptions.of(TestSites.project()));
        assertFalse(loaded.problems().hasErrors(), loaded.problems().all().toString());
        model = loaded.model();
        en = model.pages("en");
    }

    static List<Page> under(String folder, Page.Kind kind) {
        return en.stream().filter(p -> p.path().startsWith(folder) && p.kind() == kind).toList();
    }

    @Test
    void fourPlenariesWithSpeakersAndKeyMessage() {
        List<Page> plenaries = under("plenaries/", Page.Kind.PAGE);
        assertEquals(4, plenaries.size());
        assertEquals(Set.of(1, 2, 3, 4), plenaries.stream().map(p -> (Integer) p.params().get("number")).collect(Collectors.toSet()));
        for (Page p : plenaries) {
            assertFalse(((List<?>) p.params().get("speakers")).isEmpty(), p.file());
            assertFalse(String.valueOf(p.params().get("key_message")).isBlank(), p.file());
            Document html = BriefSite.get().page(p.url() + "index.html");
            assertEquals(1, html.select(".key-message").size(), p.file());
            assertEquals(((List<?>) p.params().get("speakers")).size(), html.select(".speakers li").size());
        }
    }

    @Test
    void fourTracksWithRecommendationAndToolbox() {
        List<Page> tracks = under("tracks/", Page.Kind.SECTION).stream().filter(p -> p.params().containsKey("track")).toList();
        assertEquals(Set.of(1, 2, 3, 4), tracks.stream().map(p -> (Integer) p.params().get("track")).collect(Collectors.toSet()));
        for (Page t : tracks) {
            assertFalse(String.valueOf(t.params().get("summary")).isBlank());
            assertFalse(String.valueOf(t.params().get("recommendation")).isBlank());
            Set<String> kinds = ((List<?>) t.params().get("toolbox")).stream()
                    .map(b -> String.valueOf(((Map<?, ?>) b).get("kind"))).collect(Collectors.toSet());
            assertTrue(kinds.containsAll(Set.of("resources", "cities", "next")), t.file() + " " + kinds);
            Document html = BriefSite.get().page(t.url() + "index.html");
            assertEquals(1, html.select(".recommendation").size());
            assertEquals(kinds.size(), html.select(".toolbox-block").size());
            assertEquals(model.children(t).size(), html.select(".session-inline").size(), "every session on its track page");
        }
        assertTrue(kindsOf(tracks, 2).contains("plug-in") && kindsOf(tracks, 3).contains("plug-in") && kindsOf(tracks, 4).contains("plug-in"));
    }

    private static Set<String> kindsOf(List<Page> tracks, int n) {
        return tracks.stream().filter(t -> t.params().get("track").equals(n))
                .flatMap(t -> ((List<?>) t.params().get("toolbox")).stream())
                .map(b -> String.valueOf(((Map<?, ?>) b).get("kind"))).collect(Collectors.toSet());
    }

    @Test
    void twentySevenSessionsWithCodesCitiesAndStableAddresses() {
        List<Page> sessions = under("tracks/", Page.Kind.PAGE);
        Set<String> expected = new TreeSet<>();
        int[] counts = {6, 8, 8, 5};
        for (int t = 1; t <= 4; t++) for (int s = 1; s <= counts[t - 1]; s++) expected.add(t + "." + s);
        assertEquals(expected, sessions.stream().map(p -> String.valueOf(p.params().get("code"))).collect(Collectors.toCollection(TreeSet::new)));
        Set<String> cities = cityNames();
        for (Page s : sessions) {
            String code = String.valueOf(s.params().get("code"));
            Page track = model.parent(s).orElseThrow();
            assertEquals(code.substring(0, 1), String.valueOf(track.params().get("track")), s.file() + " sits in its track's folder");
            assertTrue(s.url().endsWith("/" + code.replace('.', '-') + "/"), s.url());
            assertFalse(String.valueOf(s.params().get("heading")).isBlank(), s.file());
            List<?> sc = (List<?>) s.params().get("cities");
            // 2.8 is the Urban Greening and Renaturing Cluster: the brief names no city for it
            if (!code.equals("2.8")) assertFalse(sc.isEmpty(), s.file() + " names its cities");
            for (Object c : sc) assertTrue(cities.contains(String.valueOf(c)), s.file() + ": " + c + " is in cities.yaml");
            Document trackHtml = BriefSite.get().page(track.url() + "index.html");
            assertEquals(1, trackHtml.select("#session-" + code.replace('.', '-')).size(), "anchor for " + code);
        }
    }

    @Test
    void fourteenCityDivesWithTheirTracks() {
        List<Page> dives = under("city-dives/", Page.Kind.PAGE);
        assertEquals(IntStream.rangeClosed(1, 14).boxed().collect(Collectors.toSet()),
                dives.stream().map(p -> (Integer) p.params().get("number")).collect(Collectors.toSet()));
        for (Page d : dives) {
            List<?> tracks = (List<?>) d.params().get("tracks");
            assertFalse(tracks.isEmpty(), d.file());
            tracks.forEach(t -> assertTrue(Set.of(1, 2, 3, 4).contains(t), d.file()));
            assertFalse(String.valueOf(d.params().get("venue")).isBlank(), d.file());
            Document html = BriefSite.get().page(d.url() + "index.html");
            assertEquals(tracks.size(), html.select(".track-tags a.tag").size(), "track tags link to the tracks");
        }
    }

    @Test
    void everyQuoteIsAFigureWithItsSpeaker() {
        Set<String> speakers = speakerNames();
        int quotes = 0;
        List<String> problems = new ArrayList<>();
        for (String path : BriefSite.get().pages("en")) {
            Document doc = BriefSite.get().page(path);
            for (Element bq : doc.select("main blockquote")) {
                Element figure = bq.parent();
                if (figure == null || !figure.is("figure.quote") || figure.select("figcaption cite").text().isBlank()) {
                    problems.add(path + ": unattributed quote: " + bq.text());
                    continue;
                }
                // a session's quotes also show on its track page, and everyone's on their own page and in the print edition
                if (path.matches("en/tracks/[^/]+/\\d-\\d/index.html") || path.startsWith("en/speakers/")
                        || path.startsWith("en/print/")) continue;
                quotes++;
                String name = figure.selectFirst("figcaption cite").text();
                for (String person : name.split(" and ")) {
                    if (!speakers.contains(person.strip())) problems.add(path + ": " + person + " is not in speakers.yaml");
                }
            }
        }
        assertEquals(List.of(), problems);
        long attributions = en.stream().mapToLong(p -> p.body().lines().filter(l -> l.matches(">\\s*— .*")).count()).sum();
        assertTrue(attributions >= 25, "the content holds the brief's quotes: " + attributions);
        assertEquals(attributions, quotes, "every attributed quote of the content is rendered as a figure");
    }

    /** Session references (#3.4), City Dive ids (CD5, CD11–12 counts two) and "Track 3" in running text. */
    @Test
    void everyCrossReferenceOfTheSourceIsALink() {
        String text = BriefSite.source().lines().filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n"));
        int expected = count(text, "#[1-4]\\.\\d") + count(text, "CD\\d+") + count(text, "CD\\d+[–-]\\d+")
                + count(text, "\\bTrack \\d");
        int links = 0;
        for (String path : BriefSite.get().pages("en")) {
            if (path.startsWith("en/print/")) continue; // the print edition repeats the whole brief
            Document doc = BriefSite.get().page(path);
            doc.select(".session-inline").remove(); // a session's text also shows on its track page
            for (Element a : doc.select("main a.xref")) {
                links++;
                assertFalse(a.attr("href").startsWith("dossier:"), path + ": unresolved " + a);
            }
        }
        assertEquals(expected, links);
        assertEquals("citizen-led-regeneration-northern-torino/",
                BriefSite.get().page("en/city-dives/index.html").selectFirst("main a.xref:containsOwn(CD5)").attr("href"));
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    @Test
    void everyPageHasATitleAndADescription() {
        for (Page p : en) {
            assertFalse(p.title().isBlank(), p.file());
            assertFalse(p.description().isBlank() && !p.generated(), p.file());
        }
        for (String path : BriefSite.get().pages("en")) {
            Document doc = BriefSite.get().page(path);
            assertFalse(doc.title().isBlank(), path);
            assertFalse(doc.select("meta[name=description]").attr("content").isBlank(), path + " has a description");
        }
    }

    @Test
    void placeholderWarningsMatchThePlaceholdersOfTheSource() {
        Matcher m = Pattern.compile("\\]\\(#\\)").matcher(BriefSite.source());
        int inSource = 0;
        while (m.find()) inSource++;
        long warned = BriefSite.get().result.problems().stream()
                .filter(p -> p.message().startsWith("placeholder link") && p.file().startsWith("content/en/")).count();
        assertEquals(inSource, warned);
        for (String path : BriefSite.get().pages("en")) {
            assertTrue(BriefSite.get().page(path).select("a[href=#]").isEmpty(), path + " has a dead href=\"#\"");
        }
    }

    @Test
    void plenarySpeakersAreInTheSpeakersFile() {
        Set<String> speakers = speakerNames();
        for (Page p : under("plenaries/", Page.Kind.PAGE)) {
            for (Object s : (List<?>) p.params().get("speakers")) {
                for (String name : String.valueOf(((Map<?, ?>) s).get("name")).split(" / ")) {
                    assertTrue(speakers.contains(name.strip()), p.file() + ": " + name);
                }
            }
        }
    }

    static Set<String> cityNames() {
        Set<String> names = new HashSet<>();
        for (Object c : (List<?>) model.data().get("cities")) names.add(String.valueOf(((Map<?, ?>) c).get("name")));
        return names;
    }

    static Set<String> speakerNames() {
        Set<String> names = new HashSet<>();
        for (Object s : (List<?>) model.data().get("speakers")) {
            Map<?, ?> m = (Map<?, ?>) s;
            names.add(String.valueOf(m.get("name")));
            if (m.get("aliases") instanceof List<?> l) l.forEach(a -> names.add(String.valueOf(a)));
        }
        return names;
    }
}
