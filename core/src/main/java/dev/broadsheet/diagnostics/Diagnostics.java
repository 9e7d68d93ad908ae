package dev.broadsheet.diagnostics;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one run, from any thread, so that a build reports all of them at once instead
 * of stopping at the first. {@link #throwIfErrors()} then fails the run with every error found.
 */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();
    private int errorCount;

    public synchronized void add(Diagnostic diagnostic) {
        items.add(diagnostic);
        if (diagnostic.isError()) errorCount++;
    }

    /** Adds everything {@code other} collected, e.g. the problems of one file read on its own. */
    public void addAll(Diagnostics other) {
        other.all().forEach(this::add);
    }

    public void error(SourcePosition position, String message) {
        add(Diagnostic.error(position, message));
    }

    public void warning(SourcePosition position, String message) {
        add(Diagnostic.warning(position, message));
    }

    public synchronized boolean hasErrors() {
        return errorCount > 0;
    }

    /**
     * How many errors have been reported so far, cheaply: a loader compares counts before and after reading a
     * value to know whether it failed.
     */
    public synchronized int errorCount() {
        return errorCount;
    }

    /** Every diagnostic so far, sorted by file, line, column, so output does not depend on thread timing. */
    public synchronized List<Diagnostic> all() {
        return items.stream().sorted().distinct().toList();
    }

    public List<Diagnostic> errors() {
        return all().stream().filter(Diagnostic::isError).toList();
    }

    public List<Diagnostic> warnings() {
        return all().stream().filter(d -> !d.isError()).toList();
    }

    /** Throws a {@link BuildException} carrying every error collected, if there is any. */
    public void throwIfErrors() {
        List<Diagnostic> errors = errors();
        if (!errors.isEmpty()) {
            throw new BuildException(errors);
        }
    }
}
