package dev.broadsheet.diagnostics;

/** How bad a {@link Diagnostic} is: errors stop a build, warnings do not. */
public enum Severity {
    ERROR,
    WARNING
}
