package dev.broadsheet;

import dev.broadsheet.punctuation.Correction;

import java.time.Duration;
import java.util.List;

/**
 * What {@link Broadsheet#fixPunctuation} changed in a site's sources.
 *
 * @param corrections the changes made, sorted by file, line and column, each as its warning pointed at it
 * @param elapsed     wall time of the whole fix
 */
public record FixReport(List<Correction> corrections, Duration elapsed) {

    public FixReport {
        corrections = List.copyOf(corrections);
    }

    /** How many files the fix wrote. */
    public int files() {
        return (int) corrections.stream().map(c -> c.position().file()).distinct().count();
    }
}
