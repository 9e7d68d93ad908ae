package dev.broadsheet.content;

import dev.broadsheet.diagnostics.SourcePosition;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * The front matter of one file, typed and checked, before its body is rendered and its URL known. Positions
 * are kept for the keys whose problems are only found once all files are read (null when the key is absent).
 */
record Fields(
        String title,
        String kicker,
        String subtitle,
        ZonedDateTime date,
        ZonedDateTime updated,
        List<Author> authors,
        List<String> tags,
        String summary,
        String slug,
        SourcePosition slugPosition,
        String translationKey,
        SourcePosition translationKeyPosition,
        boolean draft,
        Image image,
        List<String> aliases,
        SourcePosition aliasesPosition,
        int weight,
        Map<String, Object> params) {
}
