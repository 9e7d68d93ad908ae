/**
 * YAML with positions: parses {@code site.yaml}, front matter and UI string files with SnakeYAML's node API
 * so that every value keeps its line and column, and reads typed values out of mappings, reporting each
 * wrong type, unknown key or missing value where it is. Internal to Broadsheet.
 */
package dev.broadsheet.yaml;
