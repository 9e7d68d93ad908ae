/**
 * The Maven goals: {@code broadsheet:build}, {@code serve}, {@code check}, {@code fix-punctuation} and
 * {@code new}. Each is an adapter that maps its {@code broadsheet.*} parameters to one call of the
 * {@code dev.broadsheet.Broadsheet} facade and logs the outcome; the core itself knows nothing of Maven.
 */
package dev.broadsheet.maven;
