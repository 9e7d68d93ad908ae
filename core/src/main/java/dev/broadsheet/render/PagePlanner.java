package dev.broadsheet.render;

import dev.broadsheet.content.Document;
import dev.broadsheet.content.Language;
import dev.broadsheet.content.Section;
import dev.broadsheet.content.Site;
import dev.broadsheet.content.Tag;
import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.diagnostics.SourcePosition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Lists every file a site renders into, in a fixed order (language by language: home, articles, pages, section
 * and tag list pages; then the feeds, the search pages when the site has search, the 404 page, the sitemap, the news sitemap, {@code robots.txt}, the theme's
 * assets and the alias pages), and
 * checks that no alias claims a path another file has.
 */
final class PagePlanner {

    private final Site site;
    private final Paging paging;
    private final Diagnostics diagnostics;
    private final boolean robots;
    private final boolean search;

    /**
     * @param robots whether the build makes {@code robots.txt} (not when the site has its own)
     * @param search whether the site has search, and so a search page per language
     */
    PagePlanner(Site site, Paging paging, Diagnostics diagnostics, boolean robots, boolean search) {
        this.site = site;
        this.paging = paging;
        this.diagnostics = diagnostics;
        this.robots = robots;
        this.search = search;
    }

    /** The pages of every language that have translations and belong in the sitemap. */
    List<Job.LocalizedPage> localizedPages() {
        List<Job.LocalizedPage> pages = new ArrayList<>();
        for (Language language : site.languages()) {
            pages.add(new Job.Home(language));
            language.articles().forEach(a -> pages.add(new Job.DocumentPage(a)));
            language.pages().forEach(p -> pages.add(new Job.DocumentPage(p)));
            for (Section section : language.sections()) {
                int total = paging.pageCount(section.articles().size());
                for (int n = 1; n <= total; n++) pages.add(new Job.SectionPage(section, n, total));
            }
            for (Tag tag : language.tags()) {
                int total = paging.pageCount(tag.articles().size());
                for (int n = 1; n <= total; n++) pages.add(new Job.TagPage(tag, n, total));
            }
        }
        return pages;
    }

    /** Every job, {@code localizedPages} included; alias paths that are unsafe or taken are reported. */
    List<Job> plan(List<Job.LocalizedPage> localizedPages, List<String> assets) {
        List<Job> jobs = new ArrayList<>(localizedPages);
        site.languages().forEach(l -> jobs.add(new Job.Feed(l)));
        if (search) site.languages().forEach(l -> jobs.add(new Job.SearchPage(l)));
        jobs.add(new Job.NotFound());
        jobs.add(new Job.Sitemap());
        if (NewsSitemap.wanted(site)) jobs.add(new Job.NewsSitemap());
        if (robots) jobs.add(new Job.Robots());
        assets.forEach(name -> jobs.add(new Job.Asset(name)));
        boolean anyAlias = site.languages().stream().anyMatch(l -> Stream.concat(l.articles().stream(),
                l.pages().stream()).anyMatch(d -> !d.aliases().isEmpty()));
        if (!anyAlias) return jobs;
        Map<String, Job> owners = new HashMap<>();
        for (Job job : jobs) owners.put(job.outputPath(), job);
        for (Language language : site.languages()) {
            Stream.concat(language.articles().stream(), language.pages().stream())
                    .forEach(document -> addAliases(document, jobs, owners));
        }
        return jobs;
    }

    private void addAliases(Document document, List<Job> jobs, Map<String, Job> owners) {
        for (String alias : document.aliases()) {
            SourcePosition position = SourcePosition.of(document.sourcePath());
            String outputPath = AliasPaths.outputPath(alias).orElse(null);
            if (outputPath == null) {
                diagnostics.error(position, "aliases: '" + alias
                        + "' is not a site path (write it like /old/page.html or /old/page/)");
                continue;
            }
            Job.Alias aliasJob = new Job.Alias(document, alias, outputPath);
            Job owner = owners.putIfAbsent(outputPath, aliasJob);
            if (owner != null) {
                diagnostics.error(position, "aliases: '" + alias + "' would overwrite " + outputPath + ", "
                        + describe(owner) + " (remove the alias)");
                continue;
            }
            jobs.add(aliasJob);
        }
    }

    private static String describe(Job job) {
        if (job instanceof Job.DocumentPage page) return "the page of " + page.document().sourcePath();
        if (job instanceof Job.Alias alias) return "the alias " + alias.alias() + " of " + alias.target().sourcePath();
        return "a page Broadsheet generates";
    }
}
