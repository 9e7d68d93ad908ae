package dev.broadsheet.diagnostics;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one exception a Broadsheet build fails with: it carries every error found, each with its position.
 * Its message is those errors, one per line, as compilers print them.
 */
public final class BuildException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public BuildException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** A failure with a single error. */
    public static BuildException of(SourcePosition position, String message) {
        return new BuildException(List.of(Diagnostic.error(position, message)));
    }

    /** The errors, sorted by position. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
