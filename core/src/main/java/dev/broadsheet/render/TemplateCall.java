package dev.broadsheet.render;

import dev.broadsheet.render.view.PageView;

import java.util.Map;

/**
 * Everything one HTML page is rendered from: the template, the language's shared context, the page's frame and
 * the template-specific variables ({@code article}, {@code items}…), each a typed record or content object.
 *
 * @param template  the template's name ({@code article.ftlh})
 * @param context   the language whose strings, dates and locale the page uses
 * @param page      the page's frame
 * @param variables further variables by the name templates know them by
 */
record TemplateCall(String template, LanguageContext context, PageView page, Map<String, Object> variables) {
    TemplateCall {
        variables = Map.copyOf(variables);
    }
}
