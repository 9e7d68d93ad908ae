package dev.broadsheet.content;

import dev.broadsheet.config.LanguageConfig;
import dev.broadsheet.config.SectionConfig;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.diagnostics.SourcePosition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks, once every file's URL is known, that no two things of the site would be written to the same place:
 * two articles or pages, a page and a home, section list or search page, an alias and anything; and that no two files of a
 * language claim the same translation key.
 */
final class UrlCheck {

    private final SiteConfig config;
    private final Diagnostics diagnostics;

    UrlCheck(SiteConfig config, Diagnostics diagnostics) {
        this.config = config;
        this.diagnostics = diagnostics;
    }

    void check(List<ParsedFile> files) {
        Map<String, String> owners = new HashMap<>();
        for (LanguageConfig language : config.languages()) {
            String prefix = config.languagePrefix(language.key());
            owners.put(prefix, "the " + language.key() + " home page");
            if (config.search()) owners.put(prefix + "search/", "the " + language.key() + " search page");
            for (SectionConfig section : config.sections()) {
                owners.put(prefix + section.key() + "/", "the list of section '" + section.key() + "'");
            }
        }
        for (ParsedFile file : files) {
            claim(owners, file.path(), file.source().path(), position(file, file.fields().slugPosition()));
        }
        for (ParsedFile file : files) {
            for (String alias : file.fields().aliases()) {
                claim(owners, aliasPath(alias), "an alias in " + file.source().path(),
                        position(file, file.fields().aliasesPosition()));
            }
        }
        Map<String, ParsedFile> keys = new HashMap<>();
        for (ParsedFile file : files) {
            String key = file.source().language() + "\u0000" + file.fields().translationKey();
            ParsedFile other = keys.putIfAbsent(key, file);
            if (other != null) {
                diagnostics.error(position(file, file.fields().translationKeyPosition()), "translationKey '"
                        + file.fields().translationKey() + "' is also used by " + other.source().path()
                        + " in the same language; each page can have one translation per language");
            }
        }
    }

    private void claim(Map<String, String> owners, String path, String owner, SourcePosition at) {
        String previous = owners.putIfAbsent(path, owner);
        if (previous != null) {
            diagnostics.error(at, "URL " + config.basePath() + path + " is also the URL of " + previous
                    + "; give one of them another slug");
        }
    }

    /** Where an alias is written, as a page path: {@code /old/a/} and {@code /old/a} are {@code old/a/}. */
    static String aliasPath(String alias) {
        String path = alias.substring(1);
        if (path.endsWith(".html") || path.endsWith(".htm")) return path;
        return path.endsWith("/") ? path : path + "/";
    }

    private static SourcePosition position(ParsedFile file, SourcePosition keyPosition) {
        return keyPosition != null ? keyPosition : new SourcePosition(file.source().path(), 1, 1);
    }
}
