package dev.broadsheet.content;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.diagnostics.SourcePosition;
import dev.broadsheet.io.Parallel;
import dev.broadsheet.io.TextFiles;
import dev.broadsheet.markdown.LinkResolver;
import dev.broadsheet.markdown.MarkdownRenderer;
import dev.broadsheet.markdown.RenderedMarkdown;
import dev.broadsheet.markdown.TextStats;
import dev.broadsheet.yaml.YamlParser;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads a site's content into the model: finds the files, reads their front matter in parallel, gives each
 * its URL and checks that no two collide, renders every body once (in parallel, with {@code .md} links
 * resolved), and groups the result into languages, sections and tags.
 */
public final class ContentLoader {

    private final SiteConfig config;
    private final boolean drafts;
    private final Diagnostics diagnostics;
    private final ContentCache cache;
    private final BodyCache bodies;
    private java.time.Duration markdownTime = java.time.Duration.ZERO;

    /**
     * @param config      the site's configuration
     * @param drafts      whether drafts are part of the site
     * @param diagnostics where problems go
     */
    public ContentLoader(SiteConfig config, boolean drafts, Diagnostics diagnostics) {
        this(config, drafts, diagnostics, null, null);
    }

    /**
     * A loader that reuses what earlier loads with the same {@code cache} read (for a dev server).
     *
     * @param cache what earlier loads of this site with this configuration read, or null for none
     */
    public ContentLoader(SiteConfig config, boolean drafts, Diagnostics diagnostics, ContentCache cache) {
        this(config, drafts, diagnostics, cache, null);
    }

    /**
     * A loader for a build that keeps its rendered bodies between runs.
     *
     * @param bodies the bodies the last build rendered, which this load takes over where their text and links
     *               are unchanged and adds to; null to render every body and keep none
     */
    public ContentLoader(SiteConfig config, boolean drafts, Diagnostics diagnostics, BodyCache bodies) {
        this(config, drafts, diagnostics, null, bodies);
    }

    private ContentLoader(SiteConfig config, boolean drafts, Diagnostics diagnostics, ContentCache cache,
                          BodyCache bodies) {
        this.config = config;
        this.drafts = drafts;
        this.diagnostics = diagnostics;
        this.cache = cache;
        this.bodies = bodies;
    }

    /** Loads {@code siteDir/content}. Files with errors are left out; the errors are in the diagnostics. */
    public Site load(Path siteDir) {
        List<SourceFile> files = ContentTree.scan(siteDir, config, diagnostics);
        List<ParsedFile> parsed = Parallel.map(files,
                        file -> guarded(file.path(), () -> parse(file), Optional.<ParsedFile>empty())).stream()
                .flatMap(Optional::stream)
                .filter(p -> drafts || !p.fields().draft())
                .toList();
        new UrlCheck(config, diagnostics).check(parsed);
        Map<String, String> urlsBySource = new TreeMap<>();
        String basePath = config.basePath();
        parsed.forEach(p -> urlsBySource.put(p.source().path(), basePath + p.path()));
        long markdownStart = System.nanoTime();
        MarkdownRenderer markdown = cache != null ? cache.markdown(config.markdown(), config.security().urls())
                : new MarkdownRenderer(config.markdown(), config.security().urls());
        String links = cache != null ? ContentCache.digest(urlsBySource) : "";
        List<Document> documents = Parallel.map(parsed, p -> cachedDocument(p, links).orElseGet(() -> {
            Document document = guarded(p.source().path(), () -> toDocument(p, markdown, urlsBySource), null);
            if (cache != null && document != null) cache.putDocument(p, document, links);
            return document;
        })).stream().filter(java.util.Objects::nonNull).toList();
        if (cache != null) cache.retain(files.stream().map(SourceFile::path).collect(Collectors.toSet()));
        markdownTime = java.time.Duration.ofNanos(System.nanoTime() - markdownStart);
        return new SiteAssembler(config).assemble(documents);
    }

    /**
     * Loads again only {@code changed} files (site-relative paths) of {@code previous}, a site this loader's
     * cache loaded, when those are existing articles or pages whose edit changed only their text. Empty when
     * the edit did more (a title, a date, a new or deleted file, an error…): then {@link #load} is needed.
     * This is what lets a dev server answer an edit in a large site without reading the site again.
     */
    public Optional<BodyEdit> reloadBodies(Path siteDir, Site previous, java.util.Collection<String> changed) {
        if (cache == null || changed.isEmpty()) return Optional.empty();
        Map<String, Document> bySource = new HashMap<>();
        Map<String, String> urlsBySource = new HashMap<>();
        String basePath = config.basePath();
        for (Language language : previous.languages()) {
            java.util.stream.Stream.concat(language.articles().stream(), language.pages().stream()).forEach(d -> {
                bySource.put(d.sourcePath(), d);
                urlsBySource.put(d.sourcePath(), basePath + d.path());
            });
        }
        Map<Document, Document> replacements = new HashMap<>();
        MarkdownRenderer markdown = cache.markdown(config.markdown(), config.security().urls());
        for (String path : changed) {
            Document old = bySource.get(path);
            if (old == null) return Optional.empty();
            String key = path.substring(("content/" + old.language() + "/").length(), path.length() - ".md".length());
            SourceFile file = new SourceFile(siteDir.resolve(path), path, old.language(),
                    old instanceof Article a ? a.section() : null, key);
            Diagnostics local = new Diagnostics();
            Optional<ParsedFile> parsed = new ContentLoader(config, drafts, local, cache).parse(file);
            if (parsed.isEmpty() || local.hasErrors() || !parsed.get().path().equals(old.path())) return Optional.empty();
            Document now = toDocument(parsed.get(), markdown, urlsBySource, local);
            if (local.hasErrors() || !BodyEdit.sameExceptBody(old, now)) return Optional.empty();
            cache.putDocument(parsed.get(), now, "reloaded");
            replacements.put(old, now);
        }
        return Optional.of(new BodyEdit(BodyEdit.replace(previous, replacements), java.util.Set.copyOf(replacements.values())));
    }

    /** Wall time the last {@link #load} spent rendering Markdown bodies. */
    public java.time.Duration markdownTime() {
        return markdownTime;
    }

    /**
     * {@code work} on the file at {@code path}, or {@code failed} with an error naming the file when it throws
     * what no input should make it throw: one line for the author, never a stack trace.
     */
    private <T> T guarded(String path, java.util.function.Supplier<T> work, T failed) {
        try {
            return work.get();
        } catch (StackOverflowError e) {
            diagnostics.error(SourcePosition.of(path), "nested too deeply to read (a Java stack overflow); "
                    + "simplify the file, and report it to Broadsheet");
        } catch (RuntimeException e) {
            diagnostics.error(SourcePosition.of(path), "could not be read: " + e + " (a bug in Broadsheet: please "
                    + "report it with the file)");
        }
        return failed;
    }

    private Optional<Document> cachedDocument(ParsedFile parsed, String links) {
        return cache == null ? Optional.empty() : Optional.ofNullable(cache.document(parsed, links));
    }

    private Optional<ParsedFile> parse(SourceFile file) {
        if (cache == null) return read(file);
        String stamp = ContentCache.stamp(file.file());
        ParsedFile cached = cache.parsed(file, stamp);
        if (cached != null) return Optional.of(cached);
        Optional<ParsedFile> parsed = read(file);
        parsed.ifPresent(p -> cache.putParsed(file, stamp, p));
        return parsed;
    }

    private Optional<ParsedFile> read(SourceFile file) {
        Diagnostics local = new Diagnostics();
        FrontMatterReader reader = new FrontMatterReader(config.timeZone(), config.security().urls(), local);
        Optional<ParsedFile> parsed = TextFiles.read(file.file(), file.path(), local)
                .flatMap(text -> FrontMatter.split(text, file.path(), local))
                .flatMap(fm -> YamlParser.parseMapping(fm.yaml(), file.path(), fm.yamlFirstLine(), local)
                        .flatMap(yaml -> reader.read(file, yaml))
                        .map(fields -> new ParsedFile(file, fields, fm.body(), fm.bodyFirstLine(), path(file, fields))));
        diagnostics.addAll(local);
        return parsed;
    }

    private String path(SourceFile file, Fields fields) {
        String prefix = config.languagePrefix(file.language());
        if (file.section() == null) return prefix + fields.slug() + "/";
        return prefix + config.permalink().expand(file.section(), fields.slug(), fields.date());
    }

    private Document toDocument(ParsedFile p, MarkdownRenderer markdown, Map<String, String> urlsBySource) {
        return toDocument(p, markdown, urlsBySource, diagnostics);
    }

    private Document toDocument(ParsedFile p, MarkdownRenderer markdown, Map<String, String> urlsBySource,
                                Diagnostics diagnostics) {
        SourceFile source = p.source();
        Fields f = p.fields();
        SourcePosition start = SourcePosition.of(source.path(), p.bodyFirstLine());
        LinkResolver links = target -> urlsBySource.get(resolve(source.folder(), target));
        RenderedMarkdown rendered = bodies != null ? bodies.render(markdown, start, p.body(), links, diagnostics)
                : markdown.render(start, p.body(), links, diagnostics);
        Body body = new Body(rendered.html(),
                rendered.headings().stream().map(h -> new TocEntry(h.level(), h.id(), h.text())).toList(),
                TextStats.wordCount(rendered.cjkCharacters(), rendered.words()),
                TextStats.readingMinutes(rendered.cjkCharacters(), rendered.words()));
        String summary = f.summary().isEmpty() ? TextStats.summarize(rendered.firstParagraph()) : f.summary();
        if (p.isArticle()) {
            return new Article(source.path(), source.language(), source.section(), p.path(), f.title(), f.kicker(),
                    f.subtitle(), f.date(), f.updated(), f.authors(), f.tags(), summary, f.slug(), f.translationKey(),
                    f.draft(), f.image(), f.aliases(), f.weight(), f.params(), body);
        }
        return new Page(source.path(), source.language(), p.path(), f.title(), f.kicker(), f.subtitle(), f.date(),
                f.updated(), f.authors(), f.tags(), summary, f.slug(), f.translationKey(), f.draft(), f.image(),
                f.aliases(), f.weight(), f.params(), body);
    }

    /** {@code folder/target} with {@code .} and {@code ..} resolved, as a site-relative path. */
    static String resolve(String folder, String target) {
        String[] parts = (folder + "/" + target).split("/");
        java.util.ArrayDeque<String> stack = new java.util.ArrayDeque<>();
        for (String part : parts) {
            if (part.isEmpty() || part.equals(".")) continue;
            if (part.equals("..")) {
                if (stack.isEmpty()) return null;
                stack.removeLast();
            } else {
                stack.addLast(part);
            }
        }
        return String.join("/", stack);
    }
}
