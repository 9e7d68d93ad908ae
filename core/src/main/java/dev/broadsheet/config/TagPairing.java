package dev.broadsheet.config;

import java.util.Map;
import java.util.Objects;

/**
 * Tags of different languages that {@code site.yaml} declares to be translations of each other.
 *
 * @param key   the entry's key in {@code site.yaml} ({@code red-property})
 * @param names the tag as written in each language ({@code zh: 红色物业, en: Red Property})
 */
public record TagPairing(String key, Map<String, String> names) {
    public TagPairing {
        Objects.requireNonNull(key, "key");
        names = Map.copyOf(names);
    }
}
