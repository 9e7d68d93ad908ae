package dev.broadsheet.render;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import java.util.List;

/**
 * The templates' {@code t("key", args...)}: a UI string of the page's language with {@code {0}}, {@code {1}}…
 * replaced by the arguments. A key no bundle defines is a template error, so typos do not ship.
 */
final class TranslateFunction implements TemplateMethodModelEx {

    private final UiStrings strings;

    TranslateFunction(UiStrings strings) {
        this.strings = strings;
    }

    @Override
    public TemplateModel exec(List arguments) throws TemplateModelException {
        TemplateArguments.count("t", arguments, 1, Integer.MAX_VALUE);
        Object key = TemplateArguments.required("t", arguments, 0);
        Object[] values = new Object[arguments.size() - 1];
        for (int i = 1; i < arguments.size(); i++) values[i - 1] = TemplateArguments.required("t", arguments, i);
        try {
            return new SimpleScalar(strings.format(String.valueOf(key), values));
        } catch (IllegalArgumentException e) {
            throw new TemplateModelException("t(): " + e.getMessage());
        }
    }
}
