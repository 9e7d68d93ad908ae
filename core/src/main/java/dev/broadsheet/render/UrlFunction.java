package dev.broadsheet.render;

import dev.broadsheet.content.Document;
import dev.broadsheet.content.Language;
import dev.broadsheet.content.Section;
import dev.broadsheet.content.Tag;
import dev.broadsheet.render.view.SectionView;
import dev.broadsheet.render.view.TagView;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import java.util.List;

/**
 * The templates' {@code url(x)} and {@code absUrl(x)}: the URL of a document, section, tag or language home,
 * or of a site path given as a string ({@code "/about/"} and {@code "about/"} both mean the site's
 * {@code about/}); full URLs ({@code https://…}) are returned as they are. {@code url} gives the URL from the
 * host's root with the base path ({@code /news/about/}), {@code absUrl} the absolute one.
 */
final class UrlFunction implements TemplateMethodModelEx {

    private final Urls urls;
    private final boolean absolute;

    UrlFunction(Urls urls, boolean absolute) {
        this.urls = urls;
        this.absolute = absolute;
    }

    @Override
    public TemplateModel exec(List arguments) throws TemplateModelException {
        String name = absolute ? "absUrl" : "url";
        TemplateArguments.count(name, arguments, 1, 1);
        Object target = TemplateArguments.required(name, arguments, 0);
        if (target instanceof String reference && Urls.isExternal(reference)) return new SimpleScalar(reference);
        String path = sitePath(name, target);
        return new SimpleScalar(absolute ? urls.absolute(path) : urls.relative(path));
    }

    private static String sitePath(String name, Object target) throws TemplateModelException {
        if (target instanceof Document document) return document.path();
        if (target instanceof Section section) return section.path();
        if (target instanceof Tag tag) return tag.path();
        if (target instanceof Language language) return language.path();
        if (target instanceof SectionView section) return section.path();
        if (target instanceof TagView tag) return tag.path();
        if (target instanceof String path) return path.startsWith("/") ? path.substring(1) : path;
        throw new TemplateModelException(name + "(): cannot make a URL of a " + target.getClass().getSimpleName()
                + " (give an article, page, section, tag, language or site path)");
    }
}
