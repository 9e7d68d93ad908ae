package dev.broadsheet.punctuation;

import dev.broadsheet.config.PunctuationConfig;

/** A rule of the Chinese punctuation check, named as its switch in {@code site.yaml}. */
public enum Rule {
    /** {@code , . ; : ? !} in Chinese text, where {@code ，。；：？！} belong. */
    HALF_WIDTH("halfWidth"),
    /** {@code ( )} in Chinese text, where {@code （）} belong. */
    BRACKETS("brackets"),
    /** {@code ...} or a lone {@code …} in Chinese text, where {@code ……} belongs. */
    ELLIPSIS("ellipsis"),
    /** Straight double quotes in Chinese text, where curly ones belong. */
    QUOTES("quotes");

    private final String name;

    Rule(String name) {
        this.name = name;
    }

    /** The rule's key in {@code site.yaml}: {@code punctuation.halfWidth}. */
    public String key() {
        return "punctuation." + name;
    }

    /** Whether {@code config} keeps this rule on. */
    boolean isOn(PunctuationConfig config) {
        return switch (this) {
            case HALF_WIDTH -> config.halfWidth();
            case BRACKETS -> config.brackets();
            case ELLIPSIS -> config.ellipsis();
            case QUOTES -> config.quotes();
        };
    }
}
