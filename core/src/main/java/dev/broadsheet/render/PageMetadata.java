package dev.broadsheet.render;

import dev.broadsheet.config.LanguageConfig;
import dev.broadsheet.content.Article;
import dev.broadsheet.content.Document;
import dev.broadsheet.render.view.ArticleShare;
import dev.broadsheet.render.view.Link;
import dev.broadsheet.render.view.Picture;
import dev.broadsheet.render.view.Share;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a page tells search engines and the apps readers share links in, besides its HTML: the Open Graph and
 * Twitter card fields ({@link Share}) and its structured data ({@link StructuredData}). Articles get the article
 * fields; homes, lists and standalone pages the website ones. A page's image is its cover, or else the site's
 * default share image.
 */
final class PageMetadata {

    /**
     * What metadata a page has.
     *
     * @param share          its Open Graph fields
     * @param structuredData its JSON-LD objects
     */
    record Result(Share share, List<String> structuredData) {
    }

    private final SiteIdentity identity;
    private final ImageRefs images;
    private final StructuredData structuredData;
    private final Map<String, LanguageContext> contexts;
    /** Each language's locale in Open Graph's form, by language key. */
    private final Map<String, String> locales = new HashMap<>();

    PageMetadata(SiteIdentity identity, ImageRefs images, StructuredData structuredData,
                 Map<String, LanguageContext> contexts) {
        this.identity = identity;
        this.images = images;
        this.structuredData = structuredData;
        this.contexts = contexts;
        contexts.forEach((key, context) -> locales.put(key,
                LocaleForms.openGraph(context.language().config().locale())));
    }

    /**
     * The metadata of {@code page}, whose head is {@code head}, at {@code canonical}, with these versions in each
     * language (itself included).
     */
    Result of(Job.LocalizedPage page, PageFrames.Head head, String canonical, List<Translations.Version> versions) {
        LanguageContext context = contexts.get(page.language());
        LanguageConfig language = context.language().config();
        List<String> alternates = new ArrayList<>(versions.size());
        for (Translations.Version version : versions) {
            if (version.language() != context.language()) {
                alternates.add(locales.get(version.language().key()));
            }
        }
        Document document = page instanceof Job.DocumentPage documentPage ? documentPage.document() : null;
        Picture image = document != null && document.image() != null
                ? images.picture(document.image().src(), document.path(), document.image().alt()).orElse(null) : null;
        if (image == null) image = identity.shareImage(language);
        List<String> data = new ArrayList<>(2);
        ArticleShare articleShare = null;
        if (document instanceof Article article) {
            Link section = context.sections().get(article.section());
            String sectionName = section == null ? null : section.label();
            String published = context.dates().iso(article.date());
            String modified = article.updated() != null ? context.dates().iso(article.updated()) : published;
            articleShare = new ArticleShare(published, modified, sectionName == null ? "" : sectionName, article.tags());
            data.add(structuredData.newsArticle(article, context, canonical, sectionName, image));
        } else if (page instanceof Job.Home) {
            data.add(structuredData.webSite(context, canonical));
        }
        if (head.breadcrumbs().size() > 1) data.add(structuredData.breadcrumbs(head.breadcrumbs()));
        Share share = new Share(articleShare != null ? "article" : "website", head.title(), head.description(), canonical,
                context.site().title(), locales.get(language.key()), alternates, image, articleShare,
                image != null ? "summary_large_image" : "summary");
        return new Result(share, data);
    }
}
