package dev.broadsheet.render;

import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperConfiguration;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelAdapter;
import freemarker.template.TemplateModelException;

import java.beans.Introspector;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * FreeMarker's {@link DefaultObjectWrapper}, with a shorter road for what templates read most: strings, and the
 * components of records ({@code article.title}). Under C1, which builds run with, FreeMarker's road is costly:
 * wrapping a record tests it against a dozen types and looks its class up twice, and reading a component looks
 * the name up in introspection maps, takes a lock and calls the accessor by reflection.
 *
 * <p>A record is wrapped into a {@link RecordModel}: a subclass of the
 * {@link freemarker.ext.beans.GenericObjectModel} FreeMarker would make, so it is the same kind of value to
 * templates and to FreeMarker's own code, except that reading a component calls the accessor through a
 * {@link MethodHandle} found once per record class, and wraps the value with this wrapper, as FreeMarker does.
 * Only components FreeMarker itself reads as plain properties through their accessor take the shorter road
 * ({@link RecordAccessors#of}); everything else (method calls such as {@code article.title()}, other methods,
 * unknown names, {@code ?keys}, {@code ?string}, failures) goes to FreeMarker's own code. The one visible
 * difference: a template error message that describes a record's model names {@code RecordModel} where it
 * would name {@code f.e.b.GenericObjectModel}.
 */
final class RecordWrapper extends DefaultObjectWrapper {

    /**
     * Per record class. A map rather than a {@link ClassValue}: in profiles of a build, most look-ups of the class
     * value took its slow road ({@code getFromBackup}), and a cold render of every page took about 3% less CPU
     * with the map.
     */
    private final Map<Class<?>, RecordAccessors> accessors = new ConcurrentHashMap<>();

    /** A wrapper with the settings of {@code configuration}, which cannot be changed afterwards. */
    RecordWrapper(DefaultObjectWrapperConfiguration configuration) {
        super(configuration, true);
    }

    @Override
    public TemplateModel wrap(Object object) throws TemplateModelException {
        // what DefaultObjectWrapper makes of a string, without its type tests before it
        if (object instanceof String string) return new SimpleScalar(string);
        if (object instanceof Record record) {
            RecordAccessors known = accessors.get(record.getClass());
            if (known == null) {
                known = accessors.computeIfAbsent(record.getClass(), type -> RecordAccessors.of(type, this));
            }
            if (known != RecordAccessors.NONE) return new RecordModel(record, this, known);
        }
        return super.wrap(object);
    }

    /**
     * The components of one record class that templates may read straight through their accessor, by name; for
     * a record class DefaultObjectWrapper would not wrap as a plain object, or with settings that change how
     * FreeMarker exposes records, there are none ({@link #NONE}).
     */
    static final class RecordAccessors {

        static final RecordAccessors NONE = new RecordAccessors(Map.of());

        private static final MethodType READ = MethodType.methodType(Object.class, Object.class);

        private final Map<String, MethodHandle> byName;

        private RecordAccessors(Map<String, MethodHandle> byName) {
            this.byName = byName;
        }

        /** The accessor of component {@code name}, as {@code (Object) -> Object}, or null. */
        MethodHandle get(String name) {
            return byName.get(name);
        }

        /**
         * The components of {@code type} that FreeMarker, configured as {@code wrapper} is, exposes as properties
         * read by calling their accessor: the record is public, is none of the types DefaultObjectWrapper wraps
         * specially (collections, maps, iterables, DOM nodes, template models…), records are exposed both as
         * methods and as properties, and no other public method could compete for the component's name (an
         * overload, a Java Beans getter of the same property, a getter-like component name).
         */
        static RecordAccessors of(Class<?> type, BeansWrapper wrapper) {
            if (!type.isRecord() || !Modifier.isPublic(type.getModifiers()) || special(type)
                    || !exposesRecordComponentsAsProperties(wrapper)) {
                return NONE;
            }
            ClassMemberAccessPolicy policy = wrapper.getMemberAccessPolicy().forClass(type);
            Map<String, MethodHandle> byName = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                String name = component.getName();
                if (!Modifier.isPublic(accessor.getModifiers()) || !policy.isMethodExposed(accessor)
                        || getterLike(name) || contested(type, name, accessor)) {
                    continue;
                }
                try {
                    byName.put(name, MethodHandles.publicLookup().unreflect(accessor).asType(READ));
                } catch (IllegalAccessException e) {
                    // not reachable from here: FreeMarker reads it its own way
                }
            }
            return byName.isEmpty() ? NONE : new RecordAccessors(byName);
        }

        private static boolean exposesRecordComponentsAsProperties(BeansWrapper wrapper) {
            return wrapper.getExposureLevel() == BeansWrapper.EXPOSE_SAFE && !wrapper.isExposeFields()
                    && wrapper.getMethodAppearanceFineTuner() == null && !wrapper.getUseCache()
                    && wrapper.getRecordZeroArgumentNonVoidMethodPolicy()
                    == ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD;
        }

        /** Types that DefaultObjectWrapper wraps before, or instead of, treating them as plain objects. */
        private static boolean special(Class<?> type) {
            return TemplateModel.class.isAssignableFrom(type) || TemplateModelAdapter.class.isAssignableFrom(type)
                    || WrapperTemplateModel.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)
                    || Map.class.isAssignableFrom(type) || Iterable.class.isAssignableFrom(type)
                    || Iterator.class.isAssignableFrom(type) || Enumeration.class.isAssignableFrom(type)
                    || org.w3c.dom.Node.class.isAssignableFrom(type);
        }

        /** Whether Java Beans would take {@code name()} for a property reader ({@code getX}, {@code isX}). */
        private static boolean getterLike(String name) {
            return name.startsWith("get") || name.startsWith("is");
        }

        /** Whether another public method is named {@code name} or reads a Java Beans property {@code name}. */
        private static boolean contested(Class<?> type, String name, Method accessor) {
            for (Method method : type.getMethods()) {
                if (method.equals(accessor)) continue;
                String other = method.getName();
                if (other.equals(name)) return true;
                String property = other.startsWith("get") ? other.substring(3)
                        : other.startsWith("is") ? other.substring(2) : null;
                if (property != null && !property.isEmpty() && Introspector.decapitalize(property).equals(name)) {
                    return true;
                }
            }
            return false;
        }
    }
}
