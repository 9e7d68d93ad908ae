package dev.broadsheet.render;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * The templates' {@code date(d)} ({@code 2025年11月20日}, {@code November 20, 2025}) and {@code isoDate(d)}
 * ({@code 2025-11-20T00:00:00+08:00}, for {@code <time datetime>}), for the page's language and the site's time
 * zone.
 */
final class DateFunction implements TemplateMethodModelEx {

    private final Dates dates;
    private final boolean iso;

    DateFunction(Dates dates, boolean iso) {
        this.dates = dates;
        this.iso = iso;
    }

    @Override
    public TemplateModel exec(List arguments) throws TemplateModelException {
        String name = iso ? "isoDate" : "date";
        TemplateArguments.count(name, arguments, 1, 1);
        Object value = TemplateArguments.required(name, arguments, 0);
        if (!(value instanceof ZonedDateTime dateTime)) {
            throw new TemplateModelException(name + "(): expected a date such as article.date, got a "
                    + value.getClass().getSimpleName());
        }
        return new SimpleScalar(iso ? dates.iso(dateTime) : dates.readable(dateTime));
    }
}
