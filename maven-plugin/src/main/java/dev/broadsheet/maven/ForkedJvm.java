package dev.broadsheet.maven;

import org.apache.maven.plugin.MojoExecutionException;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Starts the core's command line ({@code dev.broadsheet.cli.Main}) in a JVM of its own, for the goals that
 * run there: {@code build} and {@code serve}.
 */
final class ForkedJvm {

    private ForkedJvm() {
    }

    /**
     * A JVM that runs the core's command line with {@code arguments}: the plugin's class path, {@code jvmArgs},
     * a UTF-8 locale where Maven's JVM lacks one, and its error stream on Maven's.
     */
    static ProcessBuilder command(String jvmArgs, List<String> arguments) throws MojoExecutionException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (jvmArgs != null && !jvmArgs.isBlank()) command.addAll(Arrays.asList(jvmArgs.trim().split("\\s+")));
        command.addAll(List.of("-cp", classPath(), "dev.broadsheet.cli.Main"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        Map<String, String> environment = builder.environment();
        if (!"UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding"))) {
            // file names such as tags/红色物业/ need a UTF-8 locale; Maven's own JVM may not have one
            environment.put("LC_ALL", "C.UTF-8");
        }
        return builder;
    }

    /** The plugin's own class path: its jar, the core and their dependencies. */
    private static String classPath() throws MojoExecutionException {
        if (!(ForkedJvm.class.getClassLoader() instanceof URLClassLoader loader)) {
            throw new MojoExecutionException("Cannot find the plugin's class path; use -Dbroadsheet.fork=false");
        }
        List<String> entries = new ArrayList<>();
        for (URL url : loader.getURLs()) {
            try {
                entries.add(Path.of(url.toURI()).toString());
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new MojoExecutionException("Cannot use class path entry " + url, e);
            }
        }
        return entries.stream().collect(Collectors.joining(File.pathSeparator));
    }
}
