package dev.broadsheet.render;

import dev.broadsheet.content.Article;
import dev.broadsheet.content.Document;
import dev.broadsheet.content.Site;
import dev.broadsheet.render.view.ArticleSummary;
import dev.broadsheet.render.view.DocumentLinks;
import dev.broadsheet.render.view.LanguageLink;
import dev.broadsheet.render.view.Link;
import dev.broadsheet.render.view.NotFoundNotice;
import dev.broadsheet.render.view.Pagination;
import dev.broadsheet.render.view.PageView;
import dev.broadsheet.render.view.Redirect;
import dev.broadsheet.render.view.SearchView;
import dev.broadsheet.render.view.SectionView;
import dev.broadsheet.render.view.TagView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds what each template sees for one page. Every method does work in proportion to the page (its list
 * slice, its tags, its translations), never to the site.
 */
final class PageViews {

    /** How many of the newest articles the home lists. */
    static final int HOME_ARTICLES = 10;

    /** How many of the newest articles the 404 page offers instead of the missing page. */
    static final int NOT_FOUND_ARTICLES = 5;

    /** How many headings a body needs before it gets a table of contents. */
    static final int TOC_MIN_HEADINGS = 3;

    private final Site site;
    private final Urls urls;
    private final Paging paging;
    private final PageFrames frames;
    private final Map<String, LanguageContext> contexts;
    private final ImageRefs images;

    PageViews(Site site, Urls urls, Paging paging, PageFrames frames, Map<String, LanguageContext> contexts,
              ImageRefs images) {
        this.site = site;
        this.urls = urls;
        this.paging = paging;
        this.frames = frames;
        this.contexts = contexts;
        this.images = images;
    }

    /** The template call for a page of a language. */
    TemplateCall localized(Job.LocalizedPage page) {
        LanguageContext context = contexts.get(page.language());
        if (page instanceof Job.Home home) return home(home, context);
        if (page instanceof Job.DocumentPage document) return document(document, context);
        if (page instanceof Job.SectionPage section) return section(section, context);
        if (page instanceof Job.TagPage tag) return tag(tag, context);
        throw new IllegalArgumentException("unknown page " + page);
    }

    private TemplateCall home(Job.Home page, LanguageContext context) {
        List<Article> newest = page.lang().articles();
        List<ArticleSummary> items = summaries(newest.subList(0, Math.min(HOME_ARTICLES, newest.size())), context);
        PageFrames.Head head = new PageFrames.Head("home", context.site().title(), description("", context),
                List.of(), "home", null);
        return new TemplateCall(page.template(), context, frames.frame(page, head), Map.of("items", items));
    }

    private TemplateCall document(Job.DocumentPage page, LanguageContext context) {
        Document document = page.document();
        boolean article = document instanceof Article;
        Link section = article ? context.sections().get(((Article) document).section()) : null;
        List<Link> crumbs = new ArrayList<>();
        crumbs.add(homeCrumb(context));
        if (section != null) crumbs.add(section);
        crumbs.add(new Link(document.title(), urls.relative(document.path())));
        PageFrames.Head head = new PageFrames.Head(article ? "article" : "page", document.title(),
                description(document.summary(), context), crumbs,
                article ? ((Article) document).section() : "", null);
        DocumentLinks links = links(document, section, context);
        return new TemplateCall(page.template(), context, frames.frame(page, head),
                Map.of(article ? "article" : "doc", document, "links", links));
    }

    private TemplateCall section(Job.SectionPage page, LanguageContext context) {
        String title = pagedTitle(page.section().name(), page.number(), context);
        Pagination pagination = pagination(page.section().path(), page.number(), page.total());
        PageFrames.Head head = new PageFrames.Head("section", title, description("", context),
                List.of(homeCrumb(context), new Link(title, urls.relative(page.path()))), page.section().key(),
                pagination);
        List<ArticleSummary> items = summaries(paging.slice(page.section().articles(), page.number()), context);
        return new TemplateCall(page.template(), context, frames.frame(page, head),
                Map.of("section", new SectionView(page.section().key(), page.section().name(), page.section().path(),
                        urls.relative(page.section().path()), page.section().articles().size()), "items", items));
    }

    private TemplateCall tag(Job.TagPage page, LanguageContext context) {
        String name = context.strings().format("tag_title", page.tag().name());
        String title = pagedTitle(name, page.number(), context);
        Pagination pagination = pagination(page.tag().path(), page.number(), page.total());
        PageFrames.Head head = new PageFrames.Head("tag", title, description("", context),
                List.of(homeCrumb(context), new Link(title, urls.relative(page.path()))), "", pagination);
        List<ArticleSummary> items = summaries(paging.slice(page.tag().articles(), page.number()), context);
        return new TemplateCall(page.template(), context, frames.frame(page, head),
                Map.of("tag", new TagView(page.tag().name(), page.tag().slug(), page.tag().path(),
                        urls.relative(page.tag().path()), page.tag().articles().size()), "items", items));
    }

    /**
     * The 404 page, in the default language: the newest articles of that language, and a notice in each other
     * language, since the page cannot know which language its reader was looking for.
     */
    TemplateCall notFound(Job.NotFound page) {
        LanguageContext context = contexts.get(site.config().defaultLanguage());
        PageFrames.Head head = new PageFrames.Head("404", context.strings().format("not_found_title"),
                description("", context), List.of(), "", null);
        List<Article> newest = context.language().articles();
        List<ArticleSummary> items = summaries(newest.subList(0, Math.min(NOT_FOUND_ARTICLES, newest.size())),
                context);
        List<NotFoundNotice> notices = new ArrayList<>();
        for (LanguageContext other : contexts.values()) {
            if (other == context) continue;
            UiStrings strings = other.strings();
            notices.add(new NotFoundNotice(other.language().config().locale(), strings.format("not_found_title"),
                    strings.format("not_found_text"), strings.format("not_found_go_home", other.site().title()),
                    other.site().homeUrl()));
        }
        return new TemplateCall("404.ftlh", context, frames.untranslatedFrame(page.outputPath(), head),
                Map.of("items", items, "notices", notices));
    }

    /**
     * A language's search page: a search form and the empty lists the search script fills in, with what the
     * script needs in {@code search} (see {@link SearchPageData}).
     */
    TemplateCall search(Job.SearchPage page) {
        LanguageContext context = contexts.get(page.lang().key());
        String title = context.strings().format("search_title");
        PageFrames.Head head = new PageFrames.Head("search", title, description("", context),
                List.of(homeCrumb(context), new Link(title, urls.relative(page.path()))), "", null);
        SearchView search = new SearchView(SearchPageData.json(context, contexts.values(), urls),
                urls.relative("assets/" + ThemeResources.SEARCH_SCRIPT));
        return new TemplateCall("search.ftlh", context, frames.searchFrame(page, head), Map.of("search", search));
    }

    /** A page at an old URL that sends its reader to the document. */
    TemplateCall alias(Job.Alias alias) {
        Document target = alias.target();
        LanguageContext context = contexts.get(target.language());
        PageFrames.Head head = new PageFrames.Head("alias", target.title(), description(target.summary(), context),
                List.of(), "", null);
        String aliasPath = alias.outputPath().endsWith("/index.html")
                ? alias.outputPath().substring(0, alias.outputPath().length() - "index.html".length())
                : alias.outputPath();
        PageView frame = frames.aliasFrame(new Job.DocumentPage(target), head, aliasPath);
        return new TemplateCall("alias.ftlh", context, frame,
                Map.of("redirect", new Redirect(frame.canonical(), target.title())));
    }

    private DocumentLinks links(Document document, Link section, LanguageContext context) {
        List<Link> tags = new ArrayList<>(document.tags().size());
        for (String name : document.tags()) {
            tags.add(new Link(name, context.tag(name).map(t -> urls.relative(t.path())).orElse(null)));
        }
        Link previous = null;
        Link next = null;
        if (document instanceof Article article) {
            previous = site.previous(article).map(this::link).orElse(null);
            next = site.next(article).map(this::link).orElse(null);
        }
        List<LanguageLink> translations = new ArrayList<>();
        for (Document translation : site.translations(document)) {
            var config = contexts.get(translation.language()).language().config();
            translations.add(new LanguageLink(config.key(), config.locale(), config.name(),
                    urls.relative(translation.path()), false, true));
        }
        return new DocumentLinks(section, tags, previous, next, translations,
                document.image() == null ? null : images.link(document.image().src()),
                document.body().toc().size() >= TOC_MIN_HEADINGS);
    }

    private List<ArticleSummary> summaries(List<Article> articles, LanguageContext context) {
        List<ArticleSummary> items = new ArrayList<>(articles.size());
        for (Article article : articles) {
            items.add(new ArticleSummary(article, urls.relative(article.path()),
                    context.sections().get(article.section())));
        }
        return items;
    }

    private Pagination pagination(String listPath, int number, int total) {
        return new Pagination(number, total, urls.relative(listPath),
                number > 1 ? urls.relative(Paging.pagePath(listPath, number - 1)) : null,
                number < total ? urls.relative(Paging.pagePath(listPath, number + 1)) : null,
                urls.relative(Paging.pagePath(listPath, total)));
    }

    private Link link(Document document) {
        return new Link(document.title(), urls.relative(document.path()));
    }

    private Link homeCrumb(LanguageContext context) {
        return new Link(context.strings().format("home"), context.site().homeUrl());
    }

    private static String pagedTitle(String title, int number, LanguageContext context) {
        return number <= 1 ? title : context.strings().format("paged_title", title, number);
    }

    private static String description(String summary, LanguageContext context) {
        if (!summary.isBlank()) return summary;
        String description = context.site().description();
        return description.isBlank() ? context.site().title() : description;
    }
}
