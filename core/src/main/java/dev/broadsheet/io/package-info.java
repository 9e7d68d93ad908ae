/**
 * Reading source files: UTF-8 strictly (with or without a byte order mark), line endings normalised, and a
 * file in another encoding reported at the line where it stops being UTF-8; the build's code version and a
 * fast 128-bit hash for digests and fingerprints; the pixel size of an image file, read from its header;
 * running a stage's work on all cores. Internal to Broadsheet.
 */
package dev.broadsheet.io;
