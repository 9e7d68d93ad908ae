package dev.broadsheet.content;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A site after an edit that changed only the text of some articles or pages: the new site, in which every
 * other document is the very same object as before, and the documents whose body (and so perhaps derived
 * summary) changed.
 *
 * @param site   the site after the edit
 * @param edited the documents of {@code site} whose body changed
 */
public record BodyEdit(Site site, Set<Document> edited) {

    public BodyEdit {
        edited = Set.copyOf(edited);
    }

    /** Fields derived from the body, which change with it. */
    private static final Set<String> BODY = Set.of("body", "summary");

    /**
     * The edit from {@code before} to {@code now}, two loads of one site, when it changed only bodies: the same
     * files, every other document the very same object, every other field equal. Empty when anything else
     * changed, or when {@code before} is null.
     */
    public static java.util.Optional<BodyEdit> between(Site before, Site now) {
        if (before == null) return java.util.Optional.empty();
        Map<String, Document> old = bySource(before);
        Map<String, Document> current = bySource(now);
        if (!old.keySet().equals(current.keySet())) return java.util.Optional.empty();
        java.util.List<Document> edited = new java.util.ArrayList<>();
        for (var entry : current.entrySet()) {
            Document was = old.get(entry.getKey());
            Document is = entry.getValue();
            if (was == is) continue;
            if (!sameExceptBody(was, is)) return java.util.Optional.empty();
            edited.add(is);
        }
        return java.util.Optional.of(new BodyEdit(now, java.util.Set.copyOf(edited)));
    }

    private static Map<String, Document> bySource(Site site) {
        Map<String, Document> documents = new java.util.HashMap<>();
        for (Language language : site.languages()) {
            language.articles().forEach(d -> documents.put(d.sourcePath(), d));
            language.pages().forEach(d -> documents.put(d.sourcePath(), d));
        }
        return documents;
    }

    /** Whether {@code a} and {@code b} differ at most in their body and derived summary. */
    static boolean sameExceptBody(Document a, Document b) {
        if (a.getClass() != b.getClass()) return false;
        for (RecordComponent component : a.getClass().getRecordComponents()) {
            if (BODY.contains(component.getName())) continue;
            try {
                if (!Objects.equals(component.getAccessor().invoke(a), component.getAccessor().invoke(b))) return false;
            } catch (IllegalAccessException | InvocationTargetException e) {
                return false;
            }
        }
        return true;
    }

    /** {@code site} with each document that is a key of {@code replacements} replaced, every list in its order. */
    static Site replace(Site site, Map<Document, Document> replacements) {
        Map<Document, Document> byIdentity = new IdentityHashMap<>(replacements);
        List<Language> languages = site.languages().stream().map(l -> new Language(l.config(), l.path(),
                l.sections().stream().map(s -> holdsAny(s.articles(), byIdentity) ? new Section(s.key(), s.name(),
                        s.language(), s.path(), swap(s.articles(), byIdentity)) : s).toList(),
                swap(l.articles(), byIdentity), swap(l.pages(), byIdentity),
                l.tags().stream().map(t -> holdsAny(t.articles(), byIdentity) ? new Tag(t.name(), t.slug(),
                        t.language(), t.path(), t.pairKey(), swap(t.articles(), byIdentity)) : t).toList()))
                .toList();
        return new Site(site.config(), languages);
    }

    /** Whether {@code documents} holds one of the replaced ones; lists that do not are kept as they are. */
    private static boolean holdsAny(List<? extends Document> documents, Map<Document, Document> replacements) {
        for (Document d : documents) {
            if (replacements.containsKey(d)) return true;
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Document> List<T> swap(List<T> documents, Map<Document, Document> replacements) {
        return documents.stream().map(d -> (T) replacements.getOrDefault(d, d)).toList();
    }
}
