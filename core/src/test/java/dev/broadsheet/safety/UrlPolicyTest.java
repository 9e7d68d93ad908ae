package dev.broadsheet.safety;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UrlPolicyTest {

    private static final UrlPolicy POLICY = UrlPolicy.DEFAULT;

    @ParameterizedTest
    @ValueSource(strings = {"https://news.example.org/a", "http://x.org", "HTTPS://X.ORG", "mailto:a@b.org",
            "tel:+86-22-1234", "/economy/a/", "../law/a/", "a/b.html", "#note", "?page=2", "//cdn.example.org/a.png",
            "", "java%73cript:alert(1)", "1javascript:alert(1)", "-javascript:x", "\uFF4Aavascript:alert(1)",
            "images/a:b.png"})
    void allowsRelativeUrlsAndTheListedSchemes(String url) {
        assertNull(POLICY.refusal(url, UrlPolicy.Use.LINK), url);
        assertNull(POLICY.refusal(url, UrlPolicy.Use.IMAGE), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "JAVASCRIPT:alert(1)",
            "java\tscript:alert(1)", "java\nscript:alert(1)", "java\r\nscript:alert(1)", " javascript:alert(1)",
            "\u0001\u0002javascript:alert(1)", "\t\njavascript:alert(1)", "vbscript:msgbox(1)",
            "data:text/html;base64,PHNjcmlwdD4=", "data:image/svg+xml,<svg onload=alert(1)>", "file:///etc/passwd",
            "jav\tascri\npt:x", "livescript:x", "ftp://files.example.org/"})
    void refusesEveryOtherSchemeHoweverItIsSpelled(String url) {
        String refusal = POLICY.refusal(url, UrlPolicy.Use.LINK);
        assertTrue(refusal != null && refusal.startsWith("link to '"), url + ": " + refusal);
        assertTrue(POLICY.refusal(url, UrlPolicy.Use.IMAGE) != null, url);
    }

    @Test
    void namesTheUrlAndWhatIsAllowed() {
        assertEquals("link to 'javascript:alert(document.cookie)' is not allowed (allowed: http, https, mailto, tel, "
                + "relative)", POLICY.refusal("javascript:alert(document.cookie)", UrlPolicy.Use.LINK));
        assertEquals("link to 'java\\u0009script:x' is not allowed (allowed: http, https, mailto, tel, relative)",
                POLICY.refusal("java\tscript:x", UrlPolicy.Use.LINK));
        String long60 = "javascript:" + "a".repeat(100);
        assertTrue(POLICY.refusal(long60, UrlPolicy.Use.LINK).startsWith("link to '" + long60.substring(0, 60) + "…'"));
    }

    @Test
    void allowsRasterDataUrlsForImagesOnly() {
        for (String url : List.of("data:image/png;base64,iVBORw0KGgo=", "DATA:image/JPEG;base64,AAAA",
                "data:image/webp,x", " data:image/gif;base64,R0lG")) {
            assertNull(POLICY.refusal(url, UrlPolicy.Use.IMAGE), url);
            assertNull(POLICY.refusal(url, UrlPolicy.Use.REFERENCE), url);
            assertTrue(POLICY.refusal(url, UrlPolicy.Use.LINK).startsWith("link to"), url);
        }
        assertTrue(POLICY.refusal("data:image/svg+xml;base64,PHN2Zz4=", UrlPolicy.Use.IMAGE)
                .startsWith("image source 'data:image/svg+xml"));
    }

    @Test
    void aSiteMayAllowMoreSchemes() {
        UrlPolicy wider = POLICY.allowing(List.of("ftp", "magnet"));
        assertNull(wider.refusal("FTP://files.example.org/a.pdf", UrlPolicy.Use.LINK));
        assertNull(wider.refusal("magnet:?xt=urn:btih:abc", UrlPolicy.Use.LINK));
        assertTrue(wider.refusal("javascript:x", UrlPolicy.Use.LINK)
                .endsWith("(allowed: http, https, mailto, tel, ftp, magnet, relative)"));
        assertEquals(List.of("ftp", "http", "https", "magnet", "mailto", "tel"), wider.schemes(),
                "sorted, so that equal policies print alike");
    }
}
