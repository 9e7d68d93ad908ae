package dev.broadsheet;

import dev.broadsheet.diagnostics.BuildException;
import dev.broadsheet.diagnostics.Diagnostic;

import java.time.Duration;
import java.util.List;

/**
 * What {@link Broadsheet#check} found in a site that loaded and rendered: broken links and missing files
 * (errors), translations missing in a language and half-width punctuation in Chinese text (warnings).
 *
 * @param diagnostics the errors and warnings, sorted by file, line and column
 * @param files       files rendered and checked
 * @param fixable     how many of the warnings are punctuation that {@link Broadsheet#fixPunctuation} fixes
 * @param elapsed     wall time of the whole check
 */
public record CheckReport(List<Diagnostic> diagnostics, int files, int fixable, Duration elapsed) {

    public CheckReport {
        diagnostics = List.copyOf(diagnostics);
    }

    /** The problems that make the site unfit to publish. */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    /** The problems worth a look that do not stop publishing. */
    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> !d.isError()).toList();
    }

    /** Throws a {@link BuildException} carrying every error, if there is any. */
    public void throwIfErrors() {
        List<Diagnostic> errors = errors();
        if (!errors.isEmpty()) throw new BuildException(errors);
    }
}
