/**
 * What content from untrusted contributors may put into a page. {@link dev.broadsheet.safety.UrlPolicy} decides
 * which URLs a link or an image may have, reading each URL as a browser would; the Markdown and front matter
 * readers hold every URL to it before anything is rendered, so that every renderer writes only allowed URLs.
 * {@link dev.broadsheet.safety.ContentSecurityPolicy} is the policy each HTML page carries, which keeps the
 * browser from running any script the site did not ship.
 *
 * <p>Depends on nothing else of Broadsheet.
 */
package dev.broadsheet.safety;
