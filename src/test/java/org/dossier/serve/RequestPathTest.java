package org.dossier.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RequestPathTest {

    private static String decode(String raw) throws RequestPath.Refused {
        return RequestPath.decode(raw, raw.length());
    }

    @Test
    void decodesTheAddressesOfASite() throws Exception {
        assertEquals("/en/about/", decode("/en/about/"));
        assertEquals("/en/ko šice/", decode("/en/ko%20%C5%A1ice/"));
        assertEquals("/en/a+b", decode("/en/a+b"), "a '+' in a path is a '+'");
        assertEquals("/en/%2e%2e/", decode("/en/%252e%252e/"), "decoded once: a file named %2e%2e, not a parent");
        assertEquals("/en/.x", decode("/en/.x"), "a dot file is not a traversal (the server hides it)");
        assertEquals("/en/..x/", decode("/en/..x/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/en/../../secret.txt", "/en/./about/", "/en/..", "/%2e%2e/secret.txt",
            "/%2E%2E/secret.txt", "/.%2e/secret.txt", "/%2e./secret.txt", "/en/%2e/about/", "/en/..%2f..%2fsecret.txt",
            "/en%2F..%2F..%2Fsecret.txt", "/en%2Fabout/", "/en%2fabout/", "/en/..%5c..%5csecret.txt", "/en\\..\\..\\secret.txt", "/en/%5C",
            "/en/%00", "/en/%00.html", "/en/%0d%0aSet-Cookie:x", "/en/%7f", "/en/%zz", "/en/%4", "/en/%", "/en/%ff",
            "/en/%c3", "/en/%c0%ae%c0%ae/", "/en/\u00ff", "en/about/", ""})
    void refusesWhatNoSiteFileCanBe(String raw) {
        RequestPath.Refused r = assertThrows(RequestPath.Refused.class, () -> decode(raw), raw);
        assertEquals(400, r.status, raw);
    }

    @Test
    void refusesAnAddressLongerThanTwoKilobytes() throws Exception {
        String ok = "/en/" + "a".repeat(RequestPath.MAX - 4);
        assertEquals(ok, RequestPath.decode(ok, ok.length()));
        String tooLong = ok + "a";
        assertEquals(414, assertThrows(RequestPath.Refused.class, () -> decode(tooLong)).status);
        assertEquals(414, assertThrows(RequestPath.Refused.class, () -> RequestPath.decode("/en/", 3000)).status,
                "the query counts");
        assertEquals(414, assertThrows(RequestPath.Refused.class, () -> decode("/" + "%00".repeat(1000))).status,
                "the length is checked first");
    }
}
