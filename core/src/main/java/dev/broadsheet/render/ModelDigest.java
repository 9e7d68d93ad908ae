package dev.broadsheet.render;

import dev.broadsheet.content.Document;
import dev.broadsheet.content.Section;
import dev.broadsheet.content.Tag;
import dev.broadsheet.io.Hash128;
import dev.broadsheet.render.view.SiteView;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A 128-bit digest ({@link Hash128}) of everything a template can reach from the data it is given, so that two renders can tell
 * whether a page's inputs changed without rendering it. Records are walked component by component; documents,
 * sections, tags and the per-language site view, which many pages share, are digested once and remembered. The walk knows the value types
 * of the model (records, strings, numbers, dates, lists, maps); anything else makes the digest unavailable,
 * and the page is then always rendered. Thread-safe. A dev server keeps one across rebuilds, so that the
 * documents an edit did not touch are not digested again.
 */
public final class ModelDigest {

    private static final MethodType READ = MethodType.methodType(Object.class, Object.class);

    /** Each record type's component accessors as {@code (Object) -> Object} handles, in declaration order. */
    private static final ClassValue<MethodHandle[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected MethodHandle[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            MethodHandle[] accessors = new MethodHandle[components.length];
            for (int i = 0; i < components.length; i++) {
                Method accessor = components[i].getAccessor();
                accessor.setAccessible(true);
                try {
                    accessors[i] = MethodHandles.lookup().unreflect(accessor).asType(READ);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read " + components[i], e);
                }
            }
            return accessors;
        }
    };

    /**
     * Shared objects already digested, by identity: records are immutable, so an object's digest never changes,
     * and identity avoids hashing a whole article on every lookup. A dev server reuses the same objects for
     * what an edit did not touch, so they are found here again.
     */
    private final Map<Identity, Hash128.Sum> memo = new ConcurrentHashMap<>();

    private record Identity(Object value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    /** The hex digest of {@code values}, or empty when one of them holds a value the walk does not know. */
    Optional<String> of(Object... values) {
        try {
            Writer writer = new Writer();
            for (Object value : values) writer.value(value);
            return Optional.of(writer.hash.sum().hex());
        } catch (UnknownValueException e) {
            return Optional.empty();
        }
    }

    /** Forgets remembered digests, e.g. when a long-running server has seen many versions of a site. */
    public void clear() {
        memo.clear();
    }

    /** How many shared objects are remembered. */
    public int remembered() {
        return memo.size();
    }

    private Hash128.Sum shared(Object value) {
        Identity key = new Identity(value);
        Hash128.Sum known = memo.get(key);
        if (known != null) return known;
        Writer writer = new Writer();
        writer.walk(value);
        Hash128.Sum digest = writer.hash.sum();
        memo.put(key, digest);
        return digest;
    }

    private static final class UnknownValueException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnknownValueException(Class<?> type) {
            super("no digest for " + type.getName(), null, false, false);
        }
    }

    private final class Writer {
        final Hash128 hash = new Hash128();

        void value(Object value) {
            if (value instanceof Document || value instanceof Section || value instanceof Tag
                    || value instanceof SiteView) {
                tag('S');
                hash.add(shared(value));
            } else {
                walk(value);
            }
        }

        void walk(Object value) {
            if (value == null) {
                tag('0');
            } else if (value instanceof CharSequence text) {
                tag('s');
                hash.add(text.toString());
            } else if (value instanceof Number || value instanceof Boolean || value instanceof Character
                    || value instanceof Enum<?> || value instanceof TemporalAccessor || value instanceof Locale
                    || value instanceof java.time.ZoneId || value instanceof java.net.URI) {
                tag('v');
                hash.add(value.getClass().getName());
                hash.add(value.toString());
            } else if (value instanceof List<?> list) {
                tag('l');
                hash.add(list.size());
                for (Object item : list) value(item);
            } else if (value instanceof Map<?, ?> map) {
                tag('m');
                hash.add(map.size());
                TreeMap<String, Object> sorted = new TreeMap<>();
                map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
                sorted.forEach((k, v) -> {
                    hash.add(k);
                    value(v);
                });
            } else if (value instanceof Record record) {
                tag('r');
                hash.add(record.getClass().getName());
                for (MethodHandle accessor : COMPONENTS.get(record.getClass())) {
                    value(read(accessor, record));
                }
            } else {
                throw new UnknownValueException(value.getClass());
            }
        }

        private Object read(MethodHandle accessor, Record record) {
            try {
                return (Object) accessor.invokeExact((Object) record);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read a component of " + record.getClass().getName(), e);
            }
        }

        private void tag(char tag) {
            hash.add(0x7a67000000000000L | tag);
        }
    }
}
