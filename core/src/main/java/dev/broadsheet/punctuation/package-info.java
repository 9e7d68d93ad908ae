/**
 * Chinese punctuation in a site's sources: half-width {@code , . ; : ? ! ( )} beside Chinese characters,
 * {@code ...} where {@code ……} belongs, straight quotes where curly ones do. Print editions reach the web
 * through layout software and text extraction with exactly these faults.
 *
 * <p>{@link dev.broadsheet.punctuation.PunctuationCheck} reads the Markdown bodies (through
 * {@link dev.broadsheet.markdown.Prose}, so code, URLs and link destinations are left alone) and the text fields
 * of front matter of the site's Chinese languages, and either warns at each place or changes the files in
 * place: only the characters it warns about, keeping everything else byte for byte (front matter layout, line
 * endings, a byte order mark). {@link dev.broadsheet.punctuation.RunChecker} holds the rules; each can be turned
 * off under {@code punctuation} in {@code site.yaml}. A build never runs any of this: only the check and the
 * fix do.
 */
package dev.broadsheet.punctuation;
