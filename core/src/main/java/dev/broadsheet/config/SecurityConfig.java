package dev.broadsheet.config;

import dev.broadsheet.safety.ContentSecurityPolicy;
import dev.broadsheet.safety.UrlPolicy;

import java.util.Objects;

/**
 * What a site allows its content and pages: the URL schemes of links and images, and the
 * Content-Security-Policy its pages carry.
 *
 * @param urls                  the URL policy content is held to
 * @param contentSecurityPolicy the policy every HTML page carries
 */
public record SecurityConfig(UrlPolicy urls, ContentSecurityPolicy contentSecurityPolicy) {

    /** A site that sets nothing: {@link UrlPolicy#DEFAULT}, {@link ContentSecurityPolicy#DEFAULT}. */
    public static final SecurityConfig DEFAULT = new SecurityConfig(UrlPolicy.DEFAULT, ContentSecurityPolicy.DEFAULT);

    public SecurityConfig {
        Objects.requireNonNull(urls, "urls");
        Objects.requireNonNull(contentSecurityPolicy, "contentSecurityPolicy");
    }
}
