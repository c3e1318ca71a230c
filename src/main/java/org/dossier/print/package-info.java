/**
 * The print edition, {@code /<lang>/print/}: the whole brief on one page, in the reading order of the site's
 * navigation, made from the finished pages (jsoup) after they are rendered, so that it prints exactly the text the
 * site shows. {@link org.dossier.print.PrintEdition} collects the pages and plans the edition;
 * {@link org.dossier.print.PrintAssembler} turns each page's {@code main} into a part of the one page (headings
 * shifted, ids prefixed, links made to work on one page and on paper). It knows the model and the output's URLs,
 * nothing of templates beyond the attributes a theme marks its pages with.
 */
package org.dossier.print;
