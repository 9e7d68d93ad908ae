package dev.broadsheet;

/**
 * What a caller may change about one build without touching the site's files.
 *
 * @param drafts  whether articles and pages marked {@code draft: true} are built
 * @param baseUrl a base URL that replaces {@code site.yaml}'s {@code baseUrl} (for preview deployments), or
 *                null to keep it
 */
public record BuildOptions(boolean drafts, String baseUrl) {

    /** Drafts left out, {@code baseUrl} as configured. */
    public static BuildOptions defaults() {
        return new BuildOptions(false, null);
    }

    /** These options with drafts built or not. */
    public BuildOptions withDrafts(boolean newDrafts) {
        return new BuildOptions(newDrafts, baseUrl);
    }

    /** These options with {@code baseUrl} overridden; null or blank keeps the configured one. */
    public BuildOptions withBaseUrl(String newBaseUrl) {
        return new BuildOptions(drafts, newBaseUrl == null || newBaseUrl.isBlank() ? null : newBaseUrl);
    }
}
