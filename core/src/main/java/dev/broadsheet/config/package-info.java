/**
 * The site's configuration: {@code site.yaml} read strictly into records. Unknown keys, wrong types and
 * missing required values are reported with their line and column.
 */
package dev.broadsheet.config;
