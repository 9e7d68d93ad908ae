/**
 * Rendering: turns the loaded content model into every output file of a site. {@link
 * dev.broadsheet.render.SiteRenderer} is the facade: it sets FreeMarker up once (the site's {@code templates/}
 * over the built-in theme, UI strings from {@code i18n/} bundles), plans one job per output file, renders the
 * jobs in parallel and hands each {@link dev.broadsheet.render.OutputFile} to an {@link
 * dev.broadsheet.render.OutputSink}. Everything else here is internal, one class per step: setup
 * ({@code TemplateEngine}, {@code UiStringsLoader}), planning ({@code PagePlanner}, {@code Paging},
 * {@code AliasPaths}), translations ({@code Translations}), views ({@code PageViews}, {@code PageFrames}),
 * template helpers ({@code UrlFunction}, {@code TranslateFunction}, {@code DateFunction}), what pages tell search
 * engines and apps ({@code PageMetadata}: Open Graph and {@code StructuredData}, written by {@code Json}; the
 * site's icons, logo and share image in {@code SiteIdentity}, images resolved by {@code ImageRefs} and measured by
 * {@code ImageSizes}), the feed ({@code AtomFeed}), the sitemap ({@code Sitemap}, one file or an index over
 * several), the Google News sitemap ({@code NewsSitemap}) and {@code robots.txt} ({@code RobotsTxt}). What templates see is in {@link
 * dev.broadsheet.render.view}.
 */
package dev.broadsheet.render;
