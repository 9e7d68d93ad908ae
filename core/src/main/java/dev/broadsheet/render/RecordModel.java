package dev.broadsheet.render;

import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.GenericObjectModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import java.lang.invoke.MethodHandle;

/**
 * A record as templates see it: FreeMarker's own {@link GenericObjectModel} (so {@code ?keys}, {@code ?string},
 * {@code ?has_content}, {@code article.title()}, other methods, unknown names and failures are FreeMarker's),
 * except that {@code record.component} is read through the accessor {@link RecordWrapper.RecordAccessors} found
 * once for the class, then wrapped as FreeMarker wraps the value of a property
 * ({@code wrapper.getOuterIdentity().wrap(value)}). Error messages that describe the model name this class.
 */
final class RecordModel extends GenericObjectModel {

    private final RecordWrapper.RecordAccessors accessors;

    RecordModel(Record record, BeansWrapper wrapper, RecordWrapper.RecordAccessors accessors) {
        super(record, wrapper);
        this.accessors = accessors;
    }

    @Override
    protected TemplateModel get(String key, boolean beforeMethodCall) throws TemplateModelException,
            ShouldNotBeGetAsMethodException {
        MethodHandle accessor = beforeMethodCall ? null : accessors.get(key);
        if (accessor == null) return super.get(key, beforeMethodCall);
        Object value;
        try {
            value = (Object) accessor.invokeExact(object);
        } catch (Throwable e) {
            // an accessor that throws: FreeMarker calls it again and reports the failure its own way
            return super.get(key, false);
        }
        return wrap(value);
    }
}
