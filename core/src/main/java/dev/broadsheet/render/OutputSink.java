package dev.broadsheet.render;

/**
 * Receives rendered files as soon as each is ready. {@link SiteRenderer} calls it from many threads at once,
 * so an implementation must be thread-safe.
 */
@FunctionalInterface
public interface OutputSink {

    /** Takes one rendered file. */
    void accept(OutputFile file);
}
