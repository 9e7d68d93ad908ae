package dev.broadsheet.check;

import dev.broadsheet.content.Document;
import dev.broadsheet.content.Language;
import dev.broadsheet.content.Site;
import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.diagnostics.SourcePosition;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds articles and standalone pages that exist in one language but not in another. Each is a warning at
 * the source file, since a site may publish some stories in one language only:
 * {@code content/zh/law/a.md:1: warning: no English (en) translation: …}.
 */
public final class TranslationChecker {

    private TranslationChecker() {
    }

    /** Adds a warning to {@code diagnostics} for each document of {@code site} and each language it lacks. */
    public static void check(Site site, Diagnostics diagnostics) {
        for (Language language : site.languages()) {
            List<Document> documents = new ArrayList<>(language.articles());
            documents.addAll(language.pages());
            for (Document document : documents) {
                for (Language other : site.languages()) {
                    if (!other.key().equals(language.key()) && site.translation(document, other.key()).isEmpty()) {
                        diagnostics.warning(SourcePosition.of(document.sourcePath(), 1), missing(document, other));
                    }
                }
            }
        }
    }

    private static String missing(Document document, Language other) {
        return "no " + other.config().name() + " (" + other.key() + ") translation: no file under content/"
                + other.key() + "/ has translationKey '" + document.translationKey() + "'";
    }
}
