/**
 * YAML with positions: parses {@code site.yaml}, front matter and UI string files with SnakeYAML's node API
 * so that every value keeps its line and column, and reads typed values out of mappings, reporting each
 * wrong type, unknown key or missing value where it is, and finds where each character of a scalar is written
 * ({@link dev.broadsheet.yaml.ScalarText}), for fixes that change one character of front matter and nothing
 * else. Internal to Broadsheet.
 */
package dev.broadsheet.yaml;
