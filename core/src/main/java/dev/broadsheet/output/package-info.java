/**
 * Writing a build's files safely: the output folder is checked before anything is written, every file goes
 * into a fresh staging folder beside it, the site's {@code static/} folder is copied in, and the staging
 * folder replaces the output only when the whole build succeeded. Nothing outside the output folder and its
 * staging folder is ever written or deleted.
 */
package dev.broadsheet.output;
