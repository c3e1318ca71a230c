package org.dossier.brief;

import org.dossier.TestSites;
import org.dossier.pipeline.BuildOptions;
import org.dossier.pipeline.Builder;
import org.dossier.content.Page;
import org.dossier.content.SiteModel;
import org.dossier.i18n.Language;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * WCAG 3.1.2 Language of Parts, over every page of every language: whatever is in another language than the page's
 * is marked {@code lang}, and nothing in the page's language is marked as another. An element's language is that of
 * its nearest ancestor-or-self with a {@code lang}. Checked:
 * <ol>
 *   <li>a link or heading (or any innermost element) whose text is exactly the title of a page whose text is in
 *       language L (and not also the title of a page in the page's own language) is in L: navigation, breadcrumb,
 *       brand, cards, pager, related links, tables…;</li>
 *   <li>an element whose own text is a UI string of the page's language X (from {@code i18n/X.yaml}, differing from
 *       the default language's and longer than 3 characters) is in X, also inside a page that falls back to
 *       English;</li>
 *   <li>the paragraphs a data page (city, person) quotes from other pages (mentions, quotes) are in the language of
 *       the page they come from;</li>
 *   <li>on a page that falls back to the default language, the text it shows from the default language's page is
 *       marked with that language.</li>
 * </ol>
 */
class LanguageOfPartsTest {

    private static final int SHOWN = 20;

    @Test
    void everyPartInAnotherLanguageIsMarked() {
        BriefSite site = BriefSite.get();
        assertTrue(site.result.ok(), () -> site.result.problems().toString());
        Builder.Loaded loaded = Builder.load(new BuildOptions(TestSites.project(), site.out, Optional.empty(),
                Optional.empty(), false));
        SiteModel model = loaded.model();
        String defaultLang = model.config().defaultLanguage();
        Language source = model.language(defaultLang).orElseThrow();

        List<String> problems = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        int checked = 0;
        for (Language lang : model.languages()) {
            String x = lang.code();
            Map<String, Page> byUrl = new HashMap<>();
            Map<String, Set<String>> titles = new HashMap<>(); // title → the languages of the pages so titled
            for (Page p : model.pages(x)) {
                byUrl.put(p.url(), p);
                titles.computeIfAbsent(norm(p.title()), k -> new HashSet<>()).add(p.contentLang());
            }
            List<Pattern> ui = uiStrings(lang, source);
            for (String path : site.pages(x)) {
                Document doc = site.page(path);
                String url = path.replaceFirst("index\\.html$", "");
                Page page = byUrl.get(url);
                assertEquals(x, doc.selectFirst("html").attr("lang"), path);

                for (Element e : doc.body().select("*")) {
                    String text = norm(e.text());
                    // (1) a title of a page in another language
                    Set<String> langs = titles.get(text);
                    if (langs != null && !langs.contains(x) && innermost(e, text)) {
                        checked++;
                        String want = langs.iterator().next();
                        if (!want.equals(langOf(e))) add(problems, counts, "1 title " + x, path, e, want);
                    }
                    // (2) a UI string of the page's language
                    String own = norm(e.ownText());
                    if (own.length() > 3 && ui.stream().anyMatch(u -> u.matcher(own).matches())) {
                        checked++;
                        if (!x.equals(langOf(e))) add(problems, counts, "2 ui " + x, path, e, x);
                    }
                }
                if (page == null) continue;
                // (3) mentions and quotes on a data page: in the language of the page they quote
                if (page.generated()) {
                    for (Element a : doc.select("ol.mentions a[href], figure.quote figcaption a[href]")) {
                        Page from = byUrl.get(target(url, a.attr("href")));
                        if (from == null) continue;
                        checked++;
                        Element quoted = a.closest("figure.quote") != null
                                ? a.closest("figure.quote").selectFirst("blockquote") : a;
                        if (!from.contentLang().equals(langOf(quoted))) {
                            add(problems, counts, "3 mention " + x, path, quoted, from.contentLang());
                        }
                    }
                }
                // (4) a fallback page's text is in the language it is shown in
                if (page.fallback()) {
                    Page original = model.page(page.contentLang(), page.path()).orElseThrow();
                    Set<String> originalText = new HashSet<>();
                    for (Element e : site.page(original.url() + "index.html").selectFirst("main").select("*")) {
                        String own = norm(e.ownText());
                        if (own.length() >= 25) originalText.add(own);
                    }
                    for (Element e : doc.selectFirst("main").select("*")) {
                        String own = norm(e.ownText());
                        if (own.length() < 25 || !originalText.contains(own)) continue;
                        // the name of a page in the page's own language (a person: the same in every language)
                        if (titles.getOrDefault(own, Set.of()).contains(x)) continue;
                        checked++;
                        if (!page.contentLang().equals(langOf(e))) {
                            add(problems, counts, "4 text " + x, path, e, page.contentLang());
                        }
                    }
                }
            }
        }
        System.out.println("language of parts: " + checked + " elements checked, offenders by check and language: "
                + counts);
        assertTrue(checked > 10_000, "elements checked: " + checked);
        assertEquals(List.of(), problems.subList(0, Math.min(SHOWN, problems.size())),
                problems.size() + " elements are in the wrong language " + counts + "; the first " + SHOWN + ":");
    }

    /** The UI strings of {@code lang} that differ from the default language's, as patterns of the text they make. */
    private static List<Pattern> uiStrings(Language lang, Language source) {
        List<Pattern> list = new ArrayList<>();
        lang.strings().forEach((key, value) -> {
            if (value.equals(source.strings().get(key))) return;
            for (String variant : variants(value)) {
                String plain = norm(variant.replaceAll("\\{\\d+}", "\u0000"));
                if (plain.replace("\u0000", "").length() <= 3) continue;
                StringBuilder re = new StringBuilder();
                for (String part : plain.split("\u0000", -1)) {
                    if (re.length() > 0) re.append(".+?");
                    re.append(Pattern.quote(part));
                }
                list.add(Pattern.compile(re.toString().replace("\\Q\\E", "")));
            }
        });
        return list;
    }

    /**
     * The texts a MessageFormat pattern can make, its choices expanded: "{0,choice,1#ein Zitat|1&lt;{0} Zitate}" →
     * "ein Zitat", "{0} Zitate". Simple arguments stay as {n}.
     */
    static List<String> variants(String pattern) {
        int start = pattern.indexOf(",choice,");
        if (start < 0) return List.of(pattern.replace("''", "'"));
        int open = pattern.lastIndexOf('{', start);
        int depth = 0;
        int close = -1;
        for (int i = open; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{') depth++;
            if (c == '}' && --depth == 0) {
                close = i;
                break;
            }
        }
        String body = pattern.substring(start + ",choice,".length(), close);
        List<String> options = new ArrayList<>();
        depth = 0;
        int from = 0;
        for (int i = 0; i <= body.length(); i++) {
            char c = i < body.length() ? body.charAt(i) : '|';
            if (c == '{') depth++;
            if (c == '}') depth--;
            if (c == '|' && depth == 0) {
                String option = body.substring(from, i);
                options.add(option.replaceFirst("^[^#<]*[#<]", ""));
                from = i + 1;
            }
        }
        List<String> out = new ArrayList<>();
        for (String o : options) out.addAll(variants(pattern.substring(0, open) + o + pattern.substring(close + 1)));
        return out;
    }

    /** No child element has the same text: the element that holds it, not each of its ancestors. */
    private static boolean innermost(Element e, String text) {
        for (Element c : e.children()) if (norm(c.text()).equals(text)) return false;
        return true;
    }

    /** The element's language: that of its nearest ancestor-or-self with a lang attribute. */
    static String langOf(Element e) {
        Element l = e.closest("[lang]");
        return l == null ? "" : l.attr("lang");
    }

    /** A link's target page, as a URL from the site root ("de/cities/"). */
    private static String target(String pageUrl, String href) {
        String path = URI.create("http://site/" + pageUrl).resolve(href).getPath().substring(1);
        return path.replaceFirst("index\\.html$", "");
    }

    private static String norm(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static void add(List<String> problems, Map<String, Integer> counts, String check, String path, Element e,
                            String want) {
        counts.merge(check, 1, Integer::sum);
        String html = e.outerHtml().replaceAll("\\s+", " ");
        problems.add("(" + check + ") " + path + ": is " + (langOf(e).isEmpty() ? "unmarked" : "'" + langOf(e) + "'")
                + ", should be '" + want + "': " + (html.length() > 160 ? html.substring(0, 160) + "…" : html));
    }
}
