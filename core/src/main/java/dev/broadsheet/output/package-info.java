/**
 * Writing a build's files safely: the output folder is checked before anything is written, every file made
 * goes into a fresh staging folder beside it, and the output changes only when the whole build succeeded:
 * either the staging folder replaces it, or, when the build cache describes the previous output, the new files
 * are renamed into it and those no longer made are deleted. Nothing outside the output folder, its staging
 * folder and its cache file is ever written or deleted.
 */
package dev.broadsheet.output;
