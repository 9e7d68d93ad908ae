package dev.broadsheet.config;

/**
 * Which rules of the Chinese punctuation check ({@code broadsheet:check}, fixed by
 * {@code broadsheet:fix-punctuation}) a site keeps: the {@code punctuation} keys of {@code site.yaml}. All are
 * on unless the site turns one off.
 *
 * @param halfWidth {@code , . ; : ? !} beside Chinese text, to be {@code ，。；：？！}
 * @param brackets  {@code ( )} in Chinese text, to be {@code （）}
 * @param ellipsis  {@code ...} (or a lone {@code …}) beside Chinese text, to be {@code ……}
 * @param quotes    straight double quotes in Chinese text, to be curly ones
 */
public record PunctuationConfig(boolean halfWidth, boolean brackets, boolean ellipsis, boolean quotes) {

    /** Every rule on. */
    public static final PunctuationConfig DEFAULT = new PunctuationConfig(true, true, true, true);

    /** The keys of {@code punctuation} in {@code site.yaml}, one per rule. */
    public static final java.util.List<String> KEYS = java.util.List.of("halfWidth", "brackets", "ellipsis",
            "quotes");
}
