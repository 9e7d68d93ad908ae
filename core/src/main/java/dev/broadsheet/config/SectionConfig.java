package dev.broadsheet.config;

import java.util.Map;
import java.util.Objects;

/**
 * A section as {@code site.yaml} declares it: its folder name and its display name per language.
 *
 * @param key   the folder name under {@code content/<lang>/} and the URL segment
 * @param names display name per language key; a language without one shows the key
 */
public record SectionConfig(String key, Map<String, String> names) {
    public SectionConfig {
        Objects.requireNonNull(key, "key");
        names = Map.copyOf(names);
    }

    /** The section's name in {@code language}, or its key when none is given. */
    public String name(String language) {
        return names.getOrDefault(language, key);
    }
}
