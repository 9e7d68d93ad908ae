package dev.broadsheet.render;

import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

import java.util.List;

/** Reads the arguments of a helper called from a template back into Java objects. */
final class TemplateArguments {

    private TemplateArguments() {
    }

    /** The Java object behind argument {@code index} of {@code function}; it must be present and not null. */
    static Object required(String function, List<?> arguments, int index) throws TemplateModelException {
        if (arguments.size() <= index || arguments.get(index) == null) {
            throw new TemplateModelException(function + "(): argument " + (index + 1) + " is missing or null");
        }
        return DeepUnwrap.unwrap((TemplateModel) arguments.get(index));
    }

    /** Checks that {@code function} got between {@code min} and {@code max} arguments. */
    static void count(String function, List<?> arguments, int min, int max) throws TemplateModelException {
        if (arguments.size() < min || arguments.size() > max) {
            String expected = min == max ? String.valueOf(min) : min + " to " + (max == Integer.MAX_VALUE ? "any" : max);
            throw new TemplateModelException(function + "(): expected " + expected + " arguments, got "
                    + arguments.size());
        }
    }
}
