package dev.broadsheet.diagnostics;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a site, with where it is. Prints as {@code path:line:column: message}, the form
 * compilers use, so editors and CI logs can link to it.
 */
public record Diagnostic(Severity severity, SourcePosition position, String message) implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::position)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
    }

    /** An error at {@code position}. */
    public static Diagnostic error(SourcePosition position, String message) {
        return new Diagnostic(Severity.ERROR, position, message);
    }

    /** A warning at {@code position}. */
    public static Diagnostic warning(SourcePosition position, String message) {
        return new Diagnostic(Severity.WARNING, position, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public int compareTo(Diagnostic o) {
        return ORDER.compare(this, o);
    }

    /** {@code path:line:column: message}; warnings say so after the position. */
    @Override
    public String toString() {
        return position + ": " + (isError() ? "" : "warning: ") + message;
    }
}
