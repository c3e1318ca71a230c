package org.dossier.template;

import org.dossier.content.Page;
import org.dossier.content.References;
import org.dossier.content.SiteModel;
import org.dossier.i18n.Language;
import org.dossier.i18n.Translator;
import org.dossier.markdown.CrossReferences;
import org.dossier.markdown.Markdown;
import org.dossier.problems.Problems;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every page render of one build shares: the model, the engines, the asset names and the rendered Markdown
 * of each source file (rendered once, even when several language trees show the same file).
 */
public final class RenderContext {

    private static final Pattern REFERENCE = Pattern.compile("href=\"" + CrossReferences.SCHEME + "([^\"]+)\"");

    private final SiteModel model;
    private final Markdown markdown;
    private final Templates templates;
    private final Problems problems;
    private final Map<String, String> assets;
    private final Map<String, Translator> translators = new ConcurrentHashMap<>();
    private final Map<String, String> bodies = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> references = new ConcurrentHashMap<>();

    /** @param assets theme file name → fingerprinted output path ("css/site.css" → "assets/site.1a2b3c4d.css") */
    public RenderContext(SiteModel model, Markdown markdown, Templates templates, Problems problems,
                         Map<String, String> assets) {
        this.model = model;
        this.markdown = markdown;
        this.templates = templates;
        this.problems = problems;
        this.assets = Map.copyOf(assets);
        Language fallback = model.defaultLanguage();
        for (Language l : model.languages()) {
            translators.put(l.code(), new Translator(l, fallback));
            references.put(l.code(), References.urls(model, l.code()));
        }
    }

    /**
     * Points the cross-reference links of rendered Markdown ({@code dossier:dive/5}) at their targets in
     * {@code lang}, as paths from the site root (made relative to the page in post-processing).
     */
    String resolveReferences(String html, String lang) {
        if (!html.contains(CrossReferences.SCHEME)) return html;
        Map<String, String> urls = references.get(lang);
        Matcher m = REFERENCE.matcher(html);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String url = urls.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(url == null ? m.group() : "href=\"/" + url + "\""));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    public SiteModel model() {
        return model;
    }

    public Markdown markdown() {
        return markdown;
    }

    public Templates templates() {
        return templates;
    }

    public Problems problems() {
        return problems;
    }

    public Map<String, String> assets() {
        return assets;
    }

    public Translator translator(String lang) {
        return translators.get(lang);
    }

    public Map<String, Translator> translators() {
        return translators;
    }

    /** The page body as HTML, shortcodes not yet expanded. */
    String body(Page page) {
        return bodies.computeIfAbsent(page.file(), f ->
                markdown.render(page.body(), new Markdown.Source(page.file(), page.bodyLine()), problems));
    }
}
