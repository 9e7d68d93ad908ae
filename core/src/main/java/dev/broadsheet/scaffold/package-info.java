/**
 * New content: the Markdown files of a new article or page, one per language, made from a scaffold (a
 * template of a new file: the site's own under {@code scaffolds/}, else the built-in one) and written only when
 * the request has no problem at all. {@link dev.broadsheet.scaffold.NewFiles} is the step; the facade's
 * {@code Broadsheet.newContent} calls it.
 */
package dev.broadsheet.scaffold;
