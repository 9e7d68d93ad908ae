package dev.broadsheet.render;

import dev.broadsheet.content.Site;
import dev.broadsheet.diagnostics.Diagnostics;
import freemarker.ext.beans.GenericObjectModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateMethodModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelIterator;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import freemarker.template.TemplateExceptionHandler;
import freemarker.core.HTMLOutputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link RecordWrapper} against FreeMarker's own DefaultObjectWrapper with the same settings: every record the
 * theme's pages see, and records built to trip the shortcut up, must look the same to templates through both.
 */
class RecordWrapperTest {

    private static final DefaultObjectWrapper REFERENCE = TemplateEngine.wrapperSettings().build();
    private static final RecordWrapper FAST = new RecordWrapper(TemplateEngine.wrapperSettings());

    @TempDir
    Path siteDir;

    public record Plain(String title, int count, List<String> items, Plain next) {
    }

    public record Overloaded(String title) {
        public String title(String prefix) {
            return prefix + title;
        }
    }

    public record GetterLike(String getName, boolean isOn, String name, String on) {
    }

    public record Bean(String url) {
        public String getUrl() {
            return "bean:" + url;
        }
    }

    public record Listing(List<String> items) implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return items.iterator();
        }
    }

    public record Throwing(String title) {
        public Throwing {
        }

        @Override
        public String title() {
            throw new IllegalStateException("no title");
        }
    }

    record Hidden(String title) {
    }

    @Test
    void everyRecordThePagesOfASiteSeeLooksTheSameAsThroughFreeMarkersWrapper() throws Exception {
        Site site = Rendering.standard().build();
        Set<Record> records = Collections.newSetFromMap(new IdentityHashMap<>());
        for (TemplateCall call : calls(site)) {
            collect(call.context().site(), records);
            collect(call.page(), records);
            collect(call.variables(), records);
        }
        Set<Class<?>> classes = new LinkedHashSet<>();
        for (Record record : records) {
            classes.add(record.getClass());
            assertSameToTemplates(record);
        }
        assertTrue(classes.size() >= 12, "records seen: " + classes);
        for (Class<?> type : classes) {
            RecordWrapper.RecordAccessors accessors = RecordWrapper.RecordAccessors.of(type, FAST);
            for (RecordComponent component : type.getRecordComponents()) {
                assertNotNull(accessors.get(component.getName()), "no shortcut for " + type.getSimpleName() + "."
                        + component.getName());
            }
        }
    }

    @Test
    void takesTheShortcutOnlyWhereFreeMarkerReadsAComponentAsAProperty() throws Exception {
        Plain plain = new Plain("t", 2, List.of("a", "b"), new Plain("n", 0, List.of(), null));
        Object[] samples = {plain, new Overloaded("t"), new GetterLike("g", true, "n", "o"), new Bean("u"),
                new Listing(List.of("a")), new Hidden("h")};
        for (Object sample : samples) assertSameToTemplates(sample);
        assertNotNull(accessors(Plain.class).get("title"));
        assertNull(accessors(Overloaded.class).get("title"));
        assertNull(accessors(GetterLike.class).get("getName"));
        assertNull(accessors(GetterLike.class).get("isOn"));
        assertNull(accessors(GetterLike.class).get("name"));
        assertNull(accessors(GetterLike.class).get("on"));
        assertNull(accessors(Bean.class).get("url"));
        assertSame(RecordWrapper.RecordAccessors.NONE, accessors(Listing.class));
        assertSame(RecordWrapper.RecordAccessors.NONE, accessors(Hidden.class));
    }

    /**
     * The one difference templates' authors can see: where an error message describes a record's model, it names
     * RecordModel instead of FreeMarker's GenericObjectModel.
     */
    @Test
    void anAccessorThatThrowsFailsAsInFreeMarker() throws Exception {
        Throwing throwing = new Throwing("t");
        TemplateModelException expected = assertThrows(TemplateModelException.class,
                () -> ((TemplateHashModelEx) REFERENCE.wrap(throwing)).get("title"));
        TemplateModelException actual = assertThrows(TemplateModelException.class,
                () -> ((TemplateHashModelEx) FAST.wrap(throwing)).get("title"));
        assertEquals(expected.getMessage().replace("f.e.b.GenericObjectModel", RecordModel.class.getName()),
                actual.getMessage());
        assertEquals(expected.getCause().getClass(), actual.getCause().getClass());
    }

    @Test
    void templatesPrintTheSameThroughBothWrappers() throws Exception {
        String template = """
                ${x.title} ${x.title()} ${x.count + 1} ${x.items?size} ${x.items?join(",")} ${x.next.title}
                ${x.next.next???c} ${x?has_content?c} ${x?is_hash?c} ${x?is_string?c} ${x?is_method?c}
                ${x.hashCode?c} ${x.equals(x)?c} <#list x?keys?sort as k>${k} </#list>
                ${x} ${x.next.items?has_content?c} ${(x.missing)!"none"} ${x.title?length}
                <#list [x, x.next] as p>${p.title}:${p?index} </#list>
                ${o.title("pre-")} ${g.getName()} ${g.isOn()?c} ${g.name} ${g.on} ${b.url} ${b.getUrl()}
                <#list l as item>${item}</#list> ${h.title!"hidden"}
                """;
        Map<String, Object> model = Map.of(
                "x", new Plain("<t>", 2, List.of("a", "b"), new Plain("n", 0, List.of(), null)),
                "o", new Overloaded("t"), "g", new GetterLike("g", true, "n", "o"), "b", new Bean("u"),
                "l", new Listing(List.of("a", "b")), "h", new Hidden("h"));
        assertEquals(render(template, model, REFERENCE), render(template, model, FAST));
    }

    private static RecordWrapper.RecordAccessors accessors(Class<?> type) {
        return RecordWrapper.RecordAccessors.of(type, FAST);
    }

    private List<TemplateCall> calls(Site site) {
        Diagnostics diagnostics = new Diagnostics();
        SiteRenderer renderer = new SiteRenderer(siteDir, site, diagnostics);
        PageViews views = renderer.views();
        List<TemplateCall> calls = new ArrayList<>();
        for (Job job : renderer.jobs(renderer.localizedPages())) {
            if (job instanceof Job.LocalizedPage page) calls.add(views.localized(page));
            if (job instanceof Job.NotFound notFound) calls.add(views.notFound(notFound));
            if (job instanceof Job.Alias alias) calls.add(views.alias(alias));
        }
        diagnostics.throwIfErrors();
        return calls;
    }

    private static void collect(Object value, Set<Record> records) {
        if (value instanceof Record record) {
            if (!records.add(record)) return;
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    collect(component.getAccessor().invoke(record), records);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        } else if (value instanceof Iterable<?> items) {
            for (Object item : items) collect(item, records);
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collect(v, records));
        }
    }

    /** Whether {@code object} wraps into the same kind of model with the same keys, values and methods. */
    private static void assertSameToTemplates(Object object) throws Exception {
        TemplateModel reference = REFERENCE.wrap(object);
        TemplateModel fast = FAST.wrap(object);
        String what = object.getClass().getSimpleName();
        if (!(reference instanceof GenericObjectModel) || reference.getClass() != GenericObjectModel.class) {
            assertEquals(reference.getClass(), fast.getClass(), what);
            return;
        }
        assertInstanceOf(GenericObjectModel.class, fast, what);
        TemplateHashModelEx ref = (TemplateHashModelEx) reference;
        TemplateHashModelEx act = (TemplateHashModelEx) fast;
        assertEquals(((TemplateScalarModel) ref).getAsString(), ((TemplateScalarModel) act).getAsString(), what);
        assertEquals(ref.isEmpty(), act.isEmpty(), what);
        assertEquals(ref.size(), act.size(), what);
        List<String> keys = strings(ref.keys().iterator());
        assertEquals(keys, strings(act.keys().iterator()), what);
        for (String key : keys) {
            assertEquals(describe(ref.get(key)), describe(act.get(key)), what + "." + key);
            assertEquals(beforeCall((MethodCallAwareTemplateHashModel) ref, key),
                    beforeCall((MethodCallAwareTemplateHashModel) act, key), what + "." + key + "()");
        }
        assertEquals(describe(ref.get("noSuchKey")), describe(act.get("noSuchKey")), what);
        assertSame(object, ((AdapterTemplateModel) act).getAdaptedObject(Object.class));
    }

    private static String beforeCall(MethodCallAwareTemplateHashModel model, String key) throws Exception {
        try {
            return describe(model.getBeforeMethodCall(key));
        } catch (MethodCallAwareTemplateHashModel.ShouldNotBeGetAsMethodException e) {
            return "not a method: " + describe(e.getActualValue());
        }
    }

    private static List<String> strings(TemplateModelIterator iterator) throws TemplateModelException {
        List<String> strings = new ArrayList<>();
        while (iterator.hasNext()) strings.add(((TemplateScalarModel) iterator.next()).getAsString());
        return strings;
    }

    /** The model's class and the value it stands for (the very object, for adapters). */
    private static String describe(TemplateModel model) throws TemplateModelException {
        if (model == null) return "null";
        String type = (model instanceof RecordModel ? GenericObjectModel.class : model.getClass()).getName();
        if (model instanceof TemplateMethodModel) return type;
        if (model instanceof AdapterTemplateModel adapter) {
            Object adapted = adapter.getAdaptedObject(Object.class);
            return type + " of " + adapted.getClass().getName() + "@" + System.identityHashCode(adapted);
        }
        if (model instanceof TemplateScalarModel scalar) return type + " " + scalar.getAsString();
        if (model instanceof TemplateNumberModel number) return type + " " + number.getAsNumber();
        if (model instanceof TemplateBooleanModel bool) return type + " " + bool.getAsBoolean();
        if (model instanceof TemplateSequenceModel sequence) return type + " of " + sequence.size();
        return type;
    }

    private static String render(String text, Map<String, Object> model, ObjectWrapper wrapper)
            throws IOException, TemplateException {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_35);
        configuration.setObjectWrapper(wrapper);
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setAPIBuiltinEnabled(false);
        StringWriter out = new StringWriter();
        new Template("t.ftlh", new StringReader(text), configuration).process(model, out);
        return out.toString();
    }
}
