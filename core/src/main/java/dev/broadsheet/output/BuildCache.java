package dev.broadsheet.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What the last successful build wrote, kept in one file beside the output folder
 * ({@code .site.broadsheet-cache} for {@code site/}): the fingerprint of all its inputs, and for each output file
 * the digest it was made from, its size and modification time. A build uses it to skip pages whose digest did
 * not change and files whose source did not change, linking the previous output's file instead of writing it;
 * when the inputs' fingerprint is unchanged and the output is as it was left, nothing is done at all.
 *
 * <p>Safe to delete: without it every file is made again. Never trusted blindly: an entry counts only while the
 * output file it describes still has the recorded size and time, so an output edited by hand is made again.
 */
public final class BuildCache {

    private static final String HEADER = "broadsheet-cache 1";

    /**
     * One output file.
     *
     * @param path     relative to the output folder
     * @param digest   what it was made from
     * @param language its language key, or "-" for none
     * @param size     its size when written
     * @param modified its modification time when written, in milliseconds
     */
    public record Entry(String path, String digest, String language, long size, long modified) {
    }

    private final Path output;
    private final String inputs;
    private final Map<String, Entry> entries;

    private BuildCache(Path output, String inputs, Map<String, Entry> entries) {
        this.output = output;
        this.inputs = inputs;
        this.entries = entries;
    }

    /** The cache file that belongs to {@code output}. */
    static Path fileFor(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".broadsheet-cache");
    }

    /** The cache of the last build into {@code output}; empty when there is none or it cannot be read. */
    public static BuildCache read(Path output) {
        Path file = fileFor(output);
        Map<String, Entry> entries = new ConcurrentHashMap<>();
        try {
            // read as one string and cut by hand: the check runs in a cold JVM, where a line reader is slow
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            int headerEnd = text.indexOf('\n');
            int inputsEnd = headerEnd < 0 ? -1 : text.indexOf('\n', headerEnd + 1);
            if (inputsEnd < 0 || !text.startsWith(HEADER) || headerEnd != HEADER.length()) return empty(output);
            String inputs = text.substring(headerEnd + 1, inputsEnd);
            for (int start = inputsEnd + 1; start < text.length(); ) {
                int end = text.indexOf('\n', start);
                if (end < 0) end = text.length();
                Entry entry = entry(text, start, end);
                if (entry == null) return empty(output);
                entries.put(entry.path(), entry);
                start = end + 1;
            }
            return new BuildCache(output, inputs, entries);
        } catch (IOException | RuntimeException e) {
            return empty(output);
        }
    }

    /** The entry on the line {@code text[start, end)}: digest, language, size, time and path, tab-separated. */
    private static Entry entry(String text, int start, int end) {
        int[] tabs = new int[4];
        int from = start;
        for (int i = 0; i < 4; i++) {
            int tab = text.indexOf('\t', from);
            if (tab < 0 || tab >= end) return null;
            tabs[i] = tab;
            from = tab + 1;
        }
        return new Entry(text.substring(tabs[3] + 1, end), text.substring(start, tabs[0]),
                text.substring(tabs[0] + 1, tabs[1]), Long.parseLong(text, tabs[1] + 1, tabs[2], 10),
                Long.parseLong(text, tabs[2] + 1, tabs[3], 10));
    }

    /** A cache that knows nothing. */
    public static BuildCache empty(Path output) {
        return new BuildCache(output, "", new ConcurrentHashMap<>());
    }

    /** A new cache for {@code output} to fill while building. */
    public static BuildCache fresh(Path output, String inputs) {
        return new BuildCache(output, inputs, new ConcurrentHashMap<>());
    }

    /** Whether this cache knows nothing: there was no previous build, or its cache could not be read. */
    public boolean isEmpty() {
        return inputs.isEmpty() || entries.isEmpty();
    }

    /**
     * Whether the last build had exactly these inputs and its output is still as it left it: every file it
     * wrote there with the same size and time, and nothing missing.
     */
    public boolean upToDate(String currentInputs) {
        if (isEmpty() || !inputs.equals(currentInputs)) return false;
        return entries.values().parallelStream().allMatch(this::intact);
    }

    /** Whether {@code path} was made from {@code digest} and the output still holds that file as written. */
    public boolean has(String path, String digest) {
        Entry entry = entries.get(path);
        return entry != null && entry.digest().equals(digest) && intact(entry);
    }

    /** The file the previous build wrote at {@code path}. */
    public Path previous(String path) {
        return output.resolve(path);
    }

    /** Every entry, in no particular order. */
    public Collection<Entry> unorderedEntries() {
        return entries.values();
    }

    /** Every entry, by path. */
    public Collection<Entry> entries() {
        return new TreeMap<>(entries).values();
    }

    /** Records that {@code file} (now in the staging folder) was made from {@code digest}. */
    public void record(String path, String digest, String language, Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            entries.put(path, new Entry(path, digest, language == null ? "-" : language, attributes.size(),
                    attributes.lastModifiedTime().toMillis()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the cache file, before an output it describes is replaced. */
    public static void forget(Path output) {
        try {
            Files.deleteIfExists(fileFor(output));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes this cache beside its output folder, replacing the previous one in one step. */
    public void write() {
        Path file = fileFor(output);
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        // sorted and formatted on all cores: this is the last thing a build does, with nothing left to overlap
        String text = entries.values().parallelStream()
                .sorted(Comparator.comparing(Entry::path))
                .map(e -> e.digest() + '\t' + e.language() + '\t' + e.size() + '\t' + e.modified() + '\t' + e.path()
                        + '\n')
                .collect(Collectors.joining("", HEADER + '\n' + inputs + '\n', ""));
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private boolean intact(Entry entry) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(output.resolve(entry.path()),
                    BasicFileAttributes.class);
            return attributes.isRegularFile() && attributes.size() == entry.size()
                    && attributes.lastModifiedTime().toMillis() == entry.modified();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
