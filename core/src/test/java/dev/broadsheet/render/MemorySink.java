package dev.broadsheet.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps rendered files in memory, fails on a path written twice, and parses them for assertions. */
final class MemorySink implements OutputSink {

    private final Map<String, OutputFile> files = new ConcurrentHashMap<>();

    @Override
    public void accept(OutputFile file) {
        if (files.putIfAbsent(file.path(), file) != null) {
            throw new AssertionError("written twice: " + file.path());
        }
    }

    /** The files by path, sorted. */
    Map<String, OutputFile> files() {
        return new TreeMap<>(files);
    }

    OutputFile file(String path) {
        OutputFile file = files.get(path);
        if (file == null) throw new AssertionError("no file " + path + " among " + files().keySet());
        return file;
    }

    String text(String path) {
        return new String(file(path).content(), StandardCharsets.UTF_8);
    }

    /** The HTML file at {@code path}, parsed with its own URL as base so absUrl() works. */
    Document html(String path, String baseUrl) {
        return Jsoup.parse(text(path), baseUrl + path);
    }
}
