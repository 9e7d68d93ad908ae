package dev.broadsheet.render;

import dev.broadsheet.content.Article;
import dev.broadsheet.content.Document;
import dev.broadsheet.content.Language;
import dev.broadsheet.content.Section;
import dev.broadsheet.content.Tag;

/**
 * One output file to produce. Jobs are plain data, planned up front by {@link PagePlanner} and rendered in
 * parallel by {@link JobRunner}.
 */
sealed interface Job {

    /** The file's path relative to the output root. */
    String outputPath();

    /**
     * A page that exists in a language and may have translations: the pages the sitemap lists and the
     * language switcher links between.
     */
    sealed interface LocalizedPage extends Job {
        /** The language key. */
        String language();

        /** The page's site path, ending with {@code /}. */
        String path();

        /** The template that renders it. */
        String template();

        @Override
        default String outputPath() {
            return path() + "index.html";
        }
    }

    /** A language's home. */
    record Home(Language lang) implements LocalizedPage {
        public String language() {
            return lang.key();
        }

        public String path() {
            return lang.path();
        }

        public String template() {
            return "home.ftlh";
        }
    }

    /** An article or a standalone page. */
    record DocumentPage(Document document) implements LocalizedPage {
        public String language() {
            return document.language();
        }

        public String path() {
            return document.path();
        }

        public String template() {
            return document instanceof Article ? "article.ftlh" : "page.ftlh";
        }
    }

    /** Page {@code number} of {@code total} of a section's list. */
    record SectionPage(Section section, int number, int total) implements LocalizedPage {
        public String language() {
            return section.language();
        }

        public String path() {
            return Paging.pagePath(section.path(), number);
        }

        public String template() {
            return "section.ftlh";
        }
    }

    /** Page {@code number} of {@code total} of a tag's list. */
    record TagPage(Tag tag, int number, int total) implements LocalizedPage {
        public String language() {
            return tag.language();
        }

        public String path() {
            return Paging.pagePath(tag.path(), number);
        }

        public String template() {
            return "tag.ftlh";
        }
    }

    /**
     * A language's search page, which the theme's search script fills in from the language's index. It has no
     * content of its own, so it is not in the sitemap and asks search engines not to index it.
     */
    record SearchPage(Language lang) implements Job {
        /** The site path of a language's search page: {@code search/}, {@code en/search/}. */
        static String path(Language language) {
            return language.path() + "search/";
        }

        /** This page's site path. */
        String path() {
            return path(lang);
        }

        public String outputPath() {
            return path() + "index.html";
        }
    }

    /** A language's Atom feed. */
    record Feed(Language lang) implements Job {
        public String outputPath() {
            return lang.path() + "feed.xml";
        }
    }

    /**
     * The sitemap of all languages: its entry point {@code sitemap.xml}, and the numbered files that one lists
     * when the site's URLs need more than one file.
     */
    record Sitemap() implements Job {
        public String outputPath() {
            return "sitemap.xml";
        }
    }

    /** The Google News sitemap of the newest articles of all languages. */
    record NewsSitemap() implements Job {
        public String outputPath() {
            return dev.broadsheet.render.NewsSitemap.PATH;
        }
    }

    /** The file that tells crawlers where the sitemaps are. */
    record Robots() implements Job {
        public String outputPath() {
            return RobotsTxt.PATH;
        }
    }

    /** The page served for missing URLs. */
    record NotFound() implements Job {
        public String outputPath() {
            return "404.html";
        }
    }

    /** A page at an old URL that redirects to {@code target}. */
    record Alias(Document target, String alias, String outputPath) implements Job {
    }

    /** A file of the theme, copied as it is. */
    record Asset(String name) implements Job {
        public String outputPath() {
            return "assets/" + name;
        }
    }
}
