package dev.broadsheet.render;

import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.diagnostics.SourcePosition;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Collects the template errors of a render from all threads. One broken line of {@code article.ftlh} fails
 * every article the same way, so errors at the same place with the same message are reported once, naming the
 * first page (by path, so the report does not depend on thread timing) and how many others failed alike.
 */
final class TemplateErrors {

    private static final Pattern POSITION_NOTE = Pattern.compile(
            "\\s*\\[(?:in|at) template \"[^\"]*\"[^]]*]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private record Place(SourcePosition position, String message) {
    }

    private static final class Pages {
        private String first;
        private int count;

        synchronized void add(String page) {
            if (first == null || page.compareTo(first) < 0) first = page;
            count++;
        }

        synchronized String describe() {
            return "while rendering " + first + (count > 1 ? " and " + (count - 1) + " other pages" : "");
        }
    }

    private final Map<Place, Pages> errors = new ConcurrentHashMap<>();
    private final UnaryOperator<String> sourceName;

    /** @param sourceName turns a template name into the name diagnostics use */
    TemplateErrors(UnaryOperator<String> sourceName) {
        this.sourceName = sourceName;
    }

    /** Records that rendering {@code page} failed with {@code exception}. */
    void add(String page, Exception exception) {
        errors.computeIfAbsent(place(exception), p -> new Pages()).add(page);
    }

    /** Records that rendering {@code page} with {@code template} failed for no template error: {@code why}. */
    void unexpected(String page, String template, String why) {
        errors.computeIfAbsent(new Place(SourcePosition.of(sourceName.apply(template)), why), p -> new Pages()).add(page);
    }

    /** Reports every error collected, once per place. */
    void report(Diagnostics diagnostics) {
        errors.forEach((place, pages) ->
                diagnostics.error(place.position(), place.message() + " (" + pages.describe() + ")"));
    }

    private Place place(Exception exception) {
        ParseException parse = parseCause(exception);
        if (parse != null) {
            return new Place(new SourcePosition(sourceName.apply(parse.getTemplateName()),
                    Math.max(0, parse.getLineNumber()), Math.max(0, parse.getColumnNumber())),
                    oneLine(parse.getEditorMessage()));
        }
        if (exception instanceof TemplateException template) {
            return new Place(new SourcePosition(sourceName.apply(template.getTemplateSourceName()),
                    orZero(template.getLineNumber()), orZero(template.getColumnNumber())),
                    oneLine(template.getMessageWithoutStackTop()));
        }
        return new Place(SourcePosition.of("templates"), oneLine(String.valueOf(exception.getMessage())));
    }

    private static ParseException parseCause(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof ParseException parse) return parse;
        }
        return null;
    }

    /** A FreeMarker message as one line, without the position notes a diagnostic already gives. */
    static String oneLine(String message) {
        if (message == null) return "template error";
        String text = POSITION_NOTE.matcher(message).replaceAll("");
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : Math.max(0, value);
    }
}
