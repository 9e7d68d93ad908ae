/**
 * The command line: {@code java -cp … dev.broadsheet.cli.Main build --site DIR --out DIR}. The Maven plugin
 * runs builds through it in a JVM of their own, started with settings suited to a short, busy run; it is
 * also there for anyone who wants Broadsheet without Maven.
 */
package dev.broadsheet.cli;
