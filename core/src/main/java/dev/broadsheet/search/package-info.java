/**
 * Site search, the build's side: the text analysis that the browser's script repeats exactly
 * ({@link dev.broadsheet.search.Analysis}), and the index of each language written into the output as static
 * files, sharded by term, with scores computed at build time ({@link dev.broadsheet.search.SearchIndex}).
 * {@code docs/search.md} is the specification of both.
 */
package dev.broadsheet.search;
