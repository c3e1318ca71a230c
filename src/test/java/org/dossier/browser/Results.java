package org.dossier.browser;

import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

/** Reading search results off a page. */
final class Results {

    /** One result as shown. */
    record Result(String title, String href, String path, String snippet, List<String> marks, String lang) {
    }

    private Results() {
    }

    /** Opens a search page address and waits for its result count. */
    static List<Result> page(Browser b, String url) {
        b.open(url);
        b.waiting().until(d -> !b.one("#search-status").getText().isBlank());
        return read(b, "#search-results");
    }

    /** Waits until the status element ({@code css}) announces the results of {@code query}; returns its text. */
    static String status(Browser b, String css, String query) {
        b.waiting().until(ExpectedConditions.textMatches(org.openqa.selenium.By.cssSelector(css),
                java.util.regex.Pattern.compile(".*" + java.util.regex.Pattern.quote(query) + ".*")));
        return b.one(css).getText();
    }

    static List<Result> read(Browser b, String list) {
        return b.all(list + " > li").stream().map(Results::of).toList();
    }

    private static Result of(WebElement li) {
        WebElement a = li.findElement(org.openqa.selenium.By.cssSelector("a"));
        List<WebElement> path = li.findElements(org.openqa.selenium.By.cssSelector(".search-result-path"));
        List<WebElement> snippet = li.findElements(org.openqa.selenium.By.cssSelector(".search-result-snippet"));
        List<WebElement> lang = li.findElements(org.openqa.selenium.By.cssSelector(".search-result-lang"));
        return new Result(a.getText(), a.getAttribute("href"), path.isEmpty() ? "" : path.get(0).getText(),
                snippet.isEmpty() ? "" : snippet.get(0).getText(),
                li.findElements(org.openqa.selenium.By.cssSelector("mark")).stream().map(WebElement::getText).toList(),
                lang.isEmpty() ? "" : lang.get(0).getText());
    }
}
