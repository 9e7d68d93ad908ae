package dev.broadsheet.safety;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentSecurityPolicyTest {

    @Test
    void allowsScriptsAndStylesOfTheSiteAndInlineOnesByTheirHash() {
        String text = ContentSecurityPolicy.DEFAULT.text(Set.of("'sha256-b'", "'sha256-a'"), Set.of());
        assertEquals("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'; "
                + "img-src 'self' data: http: https:; object-src 'none'; base-uri 'none'; form-action 'self'", text);
        assertFalse(text.contains("unsafe"), text);
    }

    @Test
    void hashesTheUtf8OfTheText() {
        // printf '%s' 'alert(1)' | openssl dgst -sha256 -binary | base64
        assertEquals("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='", ContentSecurityPolicy.hash("alert(1)"));
        assertTrue(ContentSecurityPolicy.hash("河西").startsWith("'sha256-"));
    }

    @Test
    void aSiteAddsSourcesToDirectivesAndNewDirectivesStartFromSelf() {
        ContentSecurityPolicy csp = new ContentSecurityPolicy(true, Map.of(
                "img-src", List.of("https://img.example.org", "https:"),
                "frame-src", List.of("https://www.youtube-nocookie.com"),
                "object-src", List.of("https://flash.example.org")));
        String text = csp.text(Set.of(), Set.of());
        assertTrue(text.contains("img-src 'self' data: http: https: https://img.example.org;"), text);
        assertTrue(text.contains("frame-src 'self' https://www.youtube-nocookie.com"), text);
        assertTrue(text.contains("object-src https://flash.example.org;"), "'none' gives way: " + text);
    }

    @Test
    void unsafeInlineAskedForIsNotCancelledByHashes() {
        ContentSecurityPolicy csp = new ContentSecurityPolicy(true, Map.of("script-src", List.of("'unsafe-inline'")));
        String text = csp.text(Set.of("'sha256-a'"), Set.of());
        assertTrue(text.contains("script-src 'self' 'unsafe-inline';"), text);
        assertFalse(text.contains("sha256"), "a browser ignores 'unsafe-inline' beside a hash: " + text);
    }

    @Test
    void checksEachSource() {
        assertNull(ContentSecurityPolicy.sourceProblem("https://img.example.org"));
        assertNull(ContentSecurityPolicy.sourceProblem("'self'"));
        assertEquals("write the keyword with its single quotes, as \"'self'\"", ContentSecurityPolicy.sourceProblem("self"));
        assertTrue(ContentSecurityPolicy.sourceProblem("a.org; script-src *").startsWith("'a.org; script-src *' is not"));
        assertTrue(ContentSecurityPolicy.sourceProblem("a.org\"><script>").startsWith("'a.org\"><script>' is not"));
    }
}
