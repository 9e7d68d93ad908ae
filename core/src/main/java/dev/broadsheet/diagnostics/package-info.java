/**
 * Where things go wrong: positions in source files, diagnostics printed as {@code path:line:column: message},
 * the collector that gathers them across a run, and the single exception a failed build throws.
 */
package dev.broadsheet.diagnostics;
