package dev.broadsheet.punctuation;

import dev.broadsheet.diagnostics.Diagnostic;
import dev.broadsheet.diagnostics.SourcePosition;

import java.util.Objects;

/**
 * One change the punctuation check asks for: the characters {@code found} at {@code position}, as written in
 * the file (with the spaces around them that go too), to be replaced by {@code replacement}.
 *
 * @param position    where {@code found} starts; the column counts characters, as editors do
 * @param rule        the rule that asks for it
 * @param found       the characters as written in the source
 * @param replacement what replaces them
 */
public record Correction(SourcePosition position, Rule rule, String found, String replacement) {

    public Correction {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(replacement, "replacement");
    }

    /** The check's warning: {@code path:line:column: warning: ',' in Chinese text: use '，' [punctuation.halfWidth]}. */
    public Diagnostic warning() {
        return Diagnostic.warning(position, "'" + found + "' in Chinese text: use '" + replacement + "' ["
                + rule.key() + "]");
    }

    /** The change as the fix prints it: {@code path:line:column: ',' -> '，'}. */
    @Override
    public String toString() {
        return position + ": '" + found + "' -> '" + replacement + "'";
    }
}
