package dev.broadsheet.render;

import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.diagnostics.SourcePosition;
import dev.broadsheet.io.TextFiles;
import dev.broadsheet.safety.ContentSecurityPolicy;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StrongCacheStorage;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleHash;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeSet;

/**
 * FreeMarker, set up once per build: templates from the site's {@code templates/} folder override the
 * theme's one file at a time, every template is parsed once up front (parse errors are reported then, with
 * their position), and nothing depends on the machine's default locale, time zone or encoding.
 */
final class TemplateEngine {

    private final Configuration configuration;
    private final Path siteTemplates;
    private final Map<String, Template> templates = new HashMap<>();
    private final boolean usable;
    /** What goes at the start of every page's {@code <head>}: the Content-Security-Policy; null for nothing. */
    private final String headStart;

    TemplateEngine(Path siteDir, ZoneId timeZone, Diagnostics diagnostics) {
        this(siteDir, timeZone, ContentSecurityPolicy.DEFAULT, diagnostics);
    }

    /**
     * Reads the theme's and the site's templates.
     *
     * @param csp the policy every page gets, with the hashes of the templates' inline scripts and styles
     */
    TemplateEngine(Path siteDir, ZoneId timeZone, ContentSecurityPolicy csp, Diagnostics diagnostics) {
        this.siteTemplates = siteDir.resolve("templates");
        this.configuration = configure(timeZone);
        List<String> names = new ArrayList<>(ThemeResources.TEMPLATES);
        for (String name : siteTemplateNames()) {
            if (!names.contains(name)) {
                if (!name.startsWith("_")) {
                    diagnostics.warning(SourcePosition.of("templates/" + name), "not a template of the theme "
                            + ThemeResources.TEMPLATES + ", so no page uses it directly (start the name with '_' "
                            + "if it is only included or imported)");
                }
                names.add(name);
            }
        }
        boolean ok = true;
        for (String name : names) ok &= load(name, diagnostics);
        this.headStart = csp.enabled() ? cspMeta(csp, diagnostics) : null;
        this.usable = ok && !diagnostics.hasErrors();
    }

    /**
     * The {@code <meta http-equiv="Content-Security-Policy">} element of every page: the policy, with the hashes
     * of the inline scripts and styles in the source of every template a page may use (the theme's that the
     * site does not override, and every file under the site's {@code templates/}).
     */
    private String cspMeta(ContentSecurityPolicy csp, Diagnostics diagnostics) {
        InlineCode code = new InlineCode();
        for (String name : ThemeResources.TEMPLATES) {
            if (!Files.isRegularFile(siteTemplates.resolve(name))) {
                ThemeResources.read("templates/" + name).ifPresent(bytes ->
                        code.scan(new String(bytes, StandardCharsets.UTF_8), "theme:" + name, diagnostics));
            }
        }
        for (Path file : siteTemplateFiles()) {
            String name = "templates/" + siteTemplates.relativize(file).toString().replace('\\', '/');
            TextFiles.read(file, name, diagnostics).ifPresent(text -> code.scan(text, name, diagnostics));
        }
        String policy = csp.text(code.scriptHashes(), code.styleHashes());
        return "\n<meta http-equiv=\"Content-Security-Policy\" content=\"" + policy.replace("&", "&amp;") + "\">";
    }

    /** Every file under the site's {@code templates/}, sorted. */
    private List<Path> siteTemplateFiles() {
        if (!Files.isDirectory(siteTemplates)) return List.of();
        try (java.util.stream.Stream<Path> walk = Files.walk(siteTemplates, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + siteTemplates, e);
        }
    }

    private Configuration configure(ZoneId timeZone) {
        Configuration config = new Configuration(Configuration.VERSION_2_3_35);
        config.setTemplateLoader(loader());
        config.setLocalizedLookup(false);
        config.setCacheStorage(new StrongCacheStorage());
        config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        config.setObjectWrapper(wrapper());
        config.setRegisteredCustomOutputFormats(List.of(PageHtml.INSTANCE));
        config.setTruncateBuiltinAlgorithm(PageHtml.TRUNCATE);
        config.setDefaultEncoding(StandardCharsets.UTF_8.name());
        config.setOutputEncoding(StandardCharsets.UTF_8.name());
        config.setURLEscapingCharset(StandardCharsets.UTF_8.name());
        config.setLocale(Locale.ENGLISH);
        config.setTimeZone(TimeZone.getTimeZone(timeZone));
        config.setSQLDateAndTimeTimeZone(TimeZone.getTimeZone(timeZone));
        config.setNumberFormat("computer");
        config.setDateTimeFormat("iso");
        config.setDateFormat("iso");
        config.setTimeFormat("iso");
        config.setTabSize(1);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setAttemptExceptionReporter((exception, environment) -> { });
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setShowErrorTips(false);
        config.setFallbackOnNullLoopVariable(false);
        config.setAPIBuiltinEnabled(false);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        return config;
    }

    /**
     * FreeMarker's {@link DefaultObjectWrapper} as {@link #wrapperSettings()} configure it, with a shorter road to
     * record components that changes nothing templates can see ({@link RecordWrapper}).
     */
    private static DefaultObjectWrapper wrapper() {
        return new RecordWrapper(wrapperSettings());
    }

    /**
     * How templates see Java objects. Records are read by component name ({@code article.title}), as FreeMarker
     * 2.3.33+ does by default; set here explicitly so that the templates' contract does not hang on a default.
     */
    static DefaultObjectWrapperBuilder wrapperSettings() {
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
        builder.setRecordZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        builder.setForceLegacyNonListCollections(false);
        builder.setIterableSupport(true);
        return builder;
    }

    private TemplateLoader loader() {
        TemplateLoader theme = new ClassTemplateLoader(TemplateEngine.class.getClassLoader(),
                ThemeResources.ROOT + "templates/");
        if (!Files.isDirectory(siteTemplates)) return theme;
        try {
            return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(siteTemplates.toFile()), theme});
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + siteTemplates, e);
        }
    }

    private List<String> siteTemplateNames() {
        if (!Files.isDirectory(siteTemplates)) return List.of();
        TreeSet<String> names = new TreeSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(siteTemplates, "*.{ftl,ftlh,ftlx}")) {
            files.forEach(f -> names.add(f.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + siteTemplates, e);
        }
        return List.copyOf(names);
    }

    private boolean load(String name, Diagnostics diagnostics) {
        try {
            templates.put(name, configuration.getTemplate(name));
            return true;
        } catch (ParseException e) {
            diagnostics.error(new SourcePosition(sourceName(e.getTemplateName()), Math.max(0, e.getLineNumber()),
                    Math.max(0, e.getColumnNumber())), TemplateErrors.oneLine(e.getEditorMessage()));
        } catch (TemplateNotFoundException e) {
            diagnostics.error(SourcePosition.of(sourceName(name)), "unknown template: neither the site's "
                    + "templates/ folder nor the theme has it");
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of(sourceName(name)), "cannot read the template: " + e.getMessage());
        }
        return false;
    }

    /** Whether every template parsed; when not, the errors are in the diagnostics and nothing can be rendered. */
    boolean usable() {
        return usable;
    }

    /** How diagnostics name a template: {@code templates/article.ftlh} for the site's, {@code theme:article.ftlh}. */
    String sourceName(String templateName) {
        if (templateName == null) return "templates";
        return Files.isRegularFile(siteTemplates.resolve(templateName)) ? "templates/" + templateName
                : "theme:" + templateName;
    }

    /** Renders one page into UTF-8 bytes. */
    byte[] render(TemplateCall call) throws TemplateException, IOException {
        Template template = templates.get(call.template());
        if (template == null) throw new IllegalStateException("template not loaded: " + call.template());
        SimpleHash root = new SimpleHash(configuration.getObjectWrapper());
        root.put("site", call.context().site());
        root.put("page", call.page());
        call.variables().forEach(root::put);
        LanguageContext.Helpers helpers = call.context().helpers();
        root.put("url", helpers.url());
        root.put("absUrl", helpers.absUrl());
        root.put("t", helpers.t());
        root.put("date", helpers.date());
        root.put("isoDate", helpers.isoDate());
        PageWriter out = PageWriter.open();
        Environment environment = template.createProcessingEnvironment(root, out);
        environment.setLocale(call.context().locale());
        environment.setOutputEncoding(StandardCharsets.UTF_8.name());
        environment.process();
        if (headStart != null) out.insertIntoHead(headStart);
        return out.bytes();
    }
}
