/**
 * What templates see: immutable records built once per language or once per page by the renderer. A theme
 * reads these and the content records ({@link dev.broadsheet.content.Article}, {@link dev.broadsheet.content.Page},
 * {@link dev.broadsheet.content.Section}, {@link dev.broadsheet.content.Tag}) by their component names,
 * {@code page.canonical}, {@code article.title}; no template sees a map of strings.
 *
 * <p>Every template gets these variables:
 * <ul>
 *   <li>{@code site}: {@link dev.broadsheet.render.view.SiteView}, the site in the page's language, with its
 *       {@link dev.broadsheet.render.view.Icons};</li>
 *   <li>{@code page}: {@link dev.broadsheet.render.view.PageView}, what every page's frame needs (title,
 *       canonical URL, hreflang alternates, language switcher, breadcrumbs, pagination, the Open Graph fields in
 *       {@link dev.broadsheet.render.view.Share} and the JSON-LD texts);</li>
 *   <li>{@code url(x)} and {@code absUrl(x)}: the URL of a document, section, tag, language or site path
 *       ({@code "/about/"}) with the base path, or absolute;</li>
 *   <li>{@code t("key", args...)}: a UI string of the page's language, {@code {0}} replaced by the first
 *       argument;</li>
 *   <li>{@code date(d)} and {@code isoDate(d)}: a date as readers of the page's language write it
 *       ({@code 2025年11月20日}, {@code November 20, 2025}) and as {@code <time datetime>} wants it, both in the
 *       site's time zone.</li>
 * </ul>
 * and, by template:
 * <ul>
 *   <li>{@code home.ftlh}: {@code items}, the newest articles as {@link dev.broadsheet.render.view.ArticleSummary};</li>
 *   <li>{@code section.ftlh}: {@code section} (a {@link dev.broadsheet.render.view.SectionView}) and {@code items}, this list page's articles;</li>
 *   <li>{@code tag.ftlh}: {@code tag} (a {@link dev.broadsheet.render.view.TagView}) and {@code items};</li>
 *   <li>{@code article.ftlh}: {@code article} and {@code links} ({@link dev.broadsheet.render.view.DocumentLinks});</li>
 *   <li>{@code page.ftlh}: {@code doc}, the standalone page, and {@code links};</li>
 *   <li>{@code alias.ftlh}: {@code redirect} ({@link dev.broadsheet.render.view.Redirect});</li>
 *   <li>{@code search.ftlh}: {@code search} ({@link dev.broadsheet.render.view.SearchView}), what the search
 *       script needs; {@code site.searchUrl}, on every page, is where the masthead's search box sends its
 *       query (null with {@code search: false});</li>
 *   <li>{@code meta.ftlh}: no page of its own; {@code layout.ftlh} calls its {@code head} macro for what
 *       {@code <head>} tells browsers, search engines and apps;</li>
 *   <li>{@code 404.ftlh}: {@code items}, the default language's newest articles, and {@code notices}, the
 *       message in each other language ({@link dev.broadsheet.render.view.NotFoundNotice}); {@code site.languages}
 *       leads to each home.</li>
 * </ul>
 */
package dev.broadsheet.render.view;
