package dev.broadsheet.render;

import dev.broadsheet.yaml.DidYouMean;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The UI strings of one language: the theme's bundle for it (or the English one) with the site's overrides,
 * merged once. {@code {0}}, {@code {1}}… in a string are replaced by arguments; numbers are written without
 * grouping, so a year stays {@code 2025}.
 */
final class UiStrings {

    private final Map<String, String> strings;

    UiStrings(Map<String, String> strings) {
        this.strings = Map.copyOf(strings);
    }

    /** The string for {@code key}, if any bundle defines it. */
    Optional<String> get(String key) {
        return Optional.ofNullable(strings.get(key));
    }

    /**
     * The string for {@code key} with its placeholders filled.
     *
     * @throws IllegalArgumentException when no bundle defines {@code key}
     */
    String format(String key, Object... arguments) {
        String pattern = strings.get(key);
        if (pattern == null) {
            String hint = closestKey(key).map(k -> " (did you mean '" + k + "'?)")
                    .orElse(" (add it to i18n/<lang>.yaml)");
            throw new IllegalArgumentException("no UI string '" + key + "'" + hint);
        }
        return fill(pattern, arguments);
    }

    private Optional<String> closestKey(String key) {
        return DidYouMean.suggest(key, new TreeMap<>(strings).keySet());
    }

    static String fill(String pattern, Object... arguments) {
        if (arguments.length == 0 || pattern.indexOf('{') < 0) return pattern;
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            int index = close > i + 1 ? parseIndex(pattern.substring(i + 1, close)) : -1;
            if (index >= 0 && index < arguments.length) {
                out.append(text(arguments[index]));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int parseIndex(String digits) {
        if (digits.length() > 3 || !digits.chars().allMatch(Character::isDigit)) return -1;
        return Integer.parseInt(digits);
    }

    private static String text(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (d == Math.rint(d) && !Double.isInfinite(d)) return Long.toString((long) d);
        }
        if (value instanceof java.math.BigDecimal decimal) return decimal.stripTrailingZeros().toPlainString();
        return String.valueOf(value);
    }
}
