package org.dossier.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Browser tests on the built brief: one headless Chromium per test class, closed after it. */
abstract class OnTheBuiltBrief {

    static BuiltBrief site;
    static Browser b;

    @BeforeAll
    static void startBrowser() {
        site = BuiltBrief.get();
        b = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (b != null) b.close();
        b = null;
    }
}
