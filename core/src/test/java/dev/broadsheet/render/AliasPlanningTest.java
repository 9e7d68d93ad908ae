package dev.broadsheet.render;

import dev.broadsheet.diagnostics.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Aliases that cannot be written are reported against the document that declares them. */
class AliasPlanningTest {

    @TempDir
    Path siteDir;

    private List<String> errorsFor(SiteFixture fixture) {
        Rendering.Result result = Rendering.render(fixture.build(), siteDir);
        return result.diagnostics().errors().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void aliasOverAnExistingPageIsAnError() {
        SiteFixture fixture = new SiteFixture();
        fixture.article("zh", "economy", "a").aliases("/economy/b/");
        fixture.article("zh", "economy", "b");
        assertEquals(List.of("content/zh/economy/a.md: aliases: '/economy/b/' would overwrite "
                + "economy/b/index.html, the page of content/zh/economy/b.md (remove the alias)"), errorsFor(fixture));
    }

    @Test
    void twoDocumentsClaimingOneAliasIsAnError() {
        SiteFixture fixture = new SiteFixture();
        fixture.article("zh", "economy", "a").aliases("/old/");
        fixture.article("en", "economy", "b").aliases("/old/index.html");
        List<String> errors = errorsFor(fixture);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("content/en/economy/b.md: aliases: '/old/index.html' would overwrite "
                + "old/index.html, the alias /old/ of content/zh/economy/a.md"), errors.get(0));
    }

    @Test
    void aliasLeavingTheOutputFolderIsAnError() {
        SiteFixture fixture = new SiteFixture();
        fixture.article("zh", "economy", "a").aliases("/../outside.html");
        assertEquals(List.of("content/zh/economy/a.md: aliases: '/../outside.html' is not a site path "
                + "(write it like /old/page.html or /old/page/)"), errorsFor(fixture));
    }
}
