/**
 * Checks a site without publishing it: translations missing in a language, and links and file references in
 * the rendered HTML that lead nowhere. The checkers only add diagnostics; {@code Broadsheet.check} runs them
 * over a site loaded and rendered in memory.
 */
package dev.broadsheet.check;
