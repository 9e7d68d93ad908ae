/**
 * Broadsheet, a static site generator for bilingual news sites. {@link dev.broadsheet.Broadsheet} is the
 * whole public entry point: {@code build} turns a site folder into a static site, {@code load} gives the typed
 * content model ({@link dev.broadsheet.content}) without rendering, {@code newContent} starts an article or
 * page in every language ({@link dev.broadsheet.scaffold}). Each stage is its own package, and data flows one
 * way: {@code config} → {@code content} (using {@code markdown}) → {@code render} → {@code output}.
 * Packages {@code yaml} and {@code io} are internal helpers; do not depend on them.
 */
package dev.broadsheet;
