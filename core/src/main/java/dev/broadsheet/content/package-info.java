/**
 * The content model: articles and standalone pages read from Markdown files with YAML front matter, the
 * sections and tags that group them, and the translations that link the languages. Loading checks every
 * file and reports all problems with file and line.
 */
package dev.broadsheet.content;
