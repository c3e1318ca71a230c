package org.dossier.markdown;

import org.jsoup.nodes.Element;

/**
 * A blockquote whose last paragraph starts with a dash ("— Name, role") is a quotation with its speaker: it
 * becomes {@code <figure class="quote"><blockquote>…</blockquote><figcaption>— <cite>Name</cite>, role</figcaption>}.
 */
final class Quotes {

    private Quotes() {
    }

    static void toFigures(Element body) {
        for (Element bq : body.getElementsByTag("blockquote")) {
            Element last = bq.children().last();
            if (last == null || !last.tagName().equals("p") || bq.children().size() < 2) continue;
            String text = last.text().strip();
            if (!(text.startsWith("—") || text.startsWith("–") || text.startsWith("―"))) continue;
            String who = text.substring(1).strip();
            int comma = who.indexOf(',');
            String name = comma < 0 ? who : who.substring(0, comma).strip();
            String rest = comma < 0 ? "" : who.substring(comma);
            last.remove();
            Element figure = new Element("figure").addClass("quote");
            bq.before(figure);
            figure.appendChild(bq);
            Element caption = figure.appendElement("figcaption");
            caption.appendText("— ");
            caption.appendElement("cite").addClass("speaker").text(name);
            if (!rest.isEmpty()) caption.appendText(rest);
        }
    }
}
