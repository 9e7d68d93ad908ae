package dev.broadsheet.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What the last successful build wrote, kept in one file beside the output folder
 * ({@code .site.broadsheet-cache} for {@code site/}): the fingerprint of all its inputs, and for each output file
 * the digest it was made from, its size and modification time. A build uses it to skip pages whose digest did
 * not change and files whose source did not change, leaving the previous output's file where it is; when the
 * inputs' fingerprint is unchanged and the output is as it was left, nothing is done at all.
 *
 * <p>Safe to delete: without it every file is made again. Never trusted blindly: an entry counts only while the
 * output file it describes still has the recorded size and time, so an output edited by hand is made again.
 */
public final class BuildCache {

    private static final String HEADER = "broadsheet-cache 2";

    /**
     * One output file.
     *
     * @param path     relative to the output folder
     * @param digest   what it was made from; {@code -} when the build that made it kept no digest for it
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
        return snapshot(output).map(Snapshot::cache).orElseGet(() -> empty(output));
    }

    /**
     * The cache file of the last build into {@code output}, read but not yet taken apart; empty when there is
     * none, it cannot be read or it lists no file.
     */
    public static Optional<Snapshot> snapshot(Path output) {
        try {
            // read as one string and cut by hand: the check runs in a cold JVM, where a line reader is slow. The
            // bytes are taken one char each (ISO-8859-1), which keeps the string compact and needs no decoding:
            // the separators are ASCII, and the few fields with other characters (paths such as tags/中医药/)
            // are decoded from UTF-8 one at a time, by field()
            String text = new String(Files.readAllBytes(fileFor(output)), StandardCharsets.ISO_8859_1);
            int headerEnd = text.indexOf('\n');
            if (headerEnd != HEADER.length() || !text.startsWith(HEADER)) return Optional.empty();
            int inputsEnd = text.indexOf('\n', headerEnd + 1);
            if (inputsEnd < 0) return Optional.empty();
            String inputs = text.substring(headerEnd + 1, inputsEnd);
            int countsEnd = text.indexOf('\n', inputsEnd + 1);
            if (countsEnd < 0) return Optional.empty();
            String[] head = text.substring(inputsEnd + 1, countsEnd).split("\t");
            int languageCount = Integer.parseInt(head[0]);
            int other = Integer.parseInt(head[1]);
            List<Summary.Language> languages = new ArrayList<>();
            int start = countsEnd + 1;
            for (int i = 0; i < languageCount; i++) {
                int end = text.indexOf('\n', start);
                if (end < 0) return Optional.empty();
                String[] fields = text.substring(start, end).split("\t", 3);
                languages.add(new Summary.Language(utf8(fields[2]), Integer.parseInt(fields[0]),
                        Integer.parseInt(fields[1])));
                start = end + 1;
            }
            if (inputs.isEmpty() || start >= text.length()) return Optional.empty();
            return Optional.of(new Snapshot(output, text, inputs, new Summary(List.copyOf(languages), other), start));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * What the last build's cache file says, before its lines become entries: enough to tell whether the output
     * is up to date without making an object per file.
     */
    public static final class Snapshot {

        private final Path output;
        private final String text;
        private final String inputs;
        private final Summary summary;
        private final int entriesStart;

        private Snapshot(Path output, String text, String inputs, Summary summary, int entriesStart) {
            this.output = output;
            this.text = text;
            this.inputs = inputs;
            this.summary = summary;
            this.entriesStart = entriesStart;
        }

        /** The fingerprint of the inputs the last build was made from. */
        public String inputs() {
            return inputs;
        }

        /** How many files the last build wrote, per language. */
        public Summary summary() {
            return summary;
        }

        /**
         * Whether every file the last build wrote is still in the output with the size and time it had. The
         * lines are checked in parallel runs, each read in place.
         */
        public boolean outputIntact() {
            List<int[]> runs = new ArrayList<>();
            for (int start = entriesStart; start < text.length(); ) {
                int end = text.indexOf('\n', Math.min(text.length() - 1, start + RUN_CHARS));
                end = end < 0 ? text.length() : end + 1;
                runs.add(new int[] {start, end});
                start = end;
            }
            return runs.parallelStream().allMatch(run -> intact(run[0], run[1]));
        }

        private boolean intact(int from, int to) {
            int[] tabs = new int[4];
            for (int start = from; start < to; ) {
                int end = text.indexOf('\n', start);
                if (end < 0 || end > to) end = to;
                if (!tabs(text, start, end, tabs)) return false;
                long size;
                long modified;
                try {
                    size = Long.parseLong(text, tabs[1] + 1, tabs[2], 10);
                    modified = Long.parseLong(text, tabs[2] + 1, tabs[3], 10);
                } catch (NumberFormatException e) {
                    return false;
                }
                if (!BuildCache.intact(output.resolve(field(text, tabs[3] + 1, end)), size, modified)) {
                    return false;
                }
                start = end + 1;
            }
            return true;
        }

        /** The cache, every line an entry; empty when a line is damaged. */
        public BuildCache cache() {
            Map<String, Entry> entries = new ConcurrentHashMap<>();
            int[] tabs = new int[4];
            for (int start = entriesStart; start < text.length(); ) {
                int end = text.indexOf('\n', start);
                if (end < 0) end = text.length();
                if (!tabs(text, start, end, tabs)) return empty(output);
                try {
                    Entry entry = new Entry(field(text, tabs[3] + 1, end), text.substring(start, tabs[0]),
                            field(text, tabs[0] + 1, tabs[1]), Long.parseLong(text, tabs[1] + 1, tabs[2], 10),
                            Long.parseLong(text, tabs[2] + 1, tabs[3], 10));
                    entries.put(entry.path(), entry);
                } catch (NumberFormatException e) {
                    return empty(output);
                }
                start = end + 1;
            }
            return new BuildCache(output, inputs, entries);
        }
    }

    /** The field {@code text[from, to)} of a cache read one char per byte, decoded from UTF-8. */
    private static String field(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) >= 0x80) return utf8(text.substring(from, to));
        }
        return text.substring(from, to);
    }

    /** {@code bytes}, read one char per byte, decoded from UTF-8. */
    private static String utf8(String bytes) {
        return new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    /** About 600 lines: a run of the output check. */
    private static final int RUN_CHARS = 64 * 1024;

    /**
     * Finds the four tabs of the entry on the line {@code text[start, end)} (digest, language, size, time and
     * path, tab-separated) and puts their places in {@code tabs}; false when there are fewer.
     */
    private static boolean tabs(String text, int start, int end, int[] tabs) {
        int from = start;
        for (int i = 0; i < 4; i++) {
            int tab = text.indexOf('\t', from);
            if (tab < 0 || tab >= end) return false;
            tabs[i] = tab;
            from = tab + 1;
        }
        return true;
    }

    /**
     * How many files a build wrote, kept at the top of the cache so that a build that finds nothing to do can
     * report them without reading every line.
     *
     * @param languages per language, in the order of each one's first file
     * @param other     files of no language (static files, the sitemap…)
     */
    public record Summary(List<Language> languages, int other) {

        /**
         * One language's files.
         *
         * @param language the language key
         * @param pages    its HTML pages
         * @param files    all its files
         */
        public record Language(String language, int pages, int files) {
        }
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

    /** Whether {@code path} was made from {@code digest} and the output still holds that file as written. */
    public boolean has(String path, String digest) {
        Entry entry = entries.get(path);
        return entry != null && entry.digest().equals(digest) && intact(entry);
    }

    /** Every entry, by path. */
    public Collection<Entry> entries() {
        return new TreeMap<>(entries).values();
    }

    /** Records that {@code file} (now in the staging folder) was made from {@code digest}. */
    public void record(String path, String digest, String language, Path file) {
        try {
            record(path, digest, language, Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records that the file at {@code path}, which has {@code attributes}, was made from {@code digest}. */
    void record(String path, String digest, String language, BasicFileAttributes attributes) {
        entries.put(path, new Entry(path, digest, language == null ? "-" : language, attributes.size(),
                attributes.lastModifiedTime().toMillis()));
    }

    /** Records that the file at {@code path} is kept as {@code previous} recorded it. */
    void keep(String path, BuildCache previous) {
        Entry entry = previous.entries.get(path);
        if (entry == null) throw new IllegalArgumentException("the previous build made no " + path);
        entries.put(path, entry);
    }

    /** Whether this cache lists a file at {@code path} that was {@code size} bytes long when written. */
    boolean listsWithSize(String path, long size) {
        Entry entry = entries.get(path);
        return entry != null && entry.size() == size;
    }

    /** How many files this cache lists. */
    public int size() {
        return entries.size();
    }

    /** Whether this cache lists a file at {@code path}. */
    boolean lists(String path) {
        return entries.containsKey(path);
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
                .collect(Collectors.joining("", HEADER + '\n' + inputs + '\n' + summaryLines(), ""));
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The summary's lines: the number of languages and of other files, then one line per language. */
    private String summaryLines() {
        Map<String, int[]> counts = new HashMap<>();
        Map<String, String> firstPath = new HashMap<>();
        int other = 0;
        for (Entry entry : entries.values()) {
            if (entry.language().equals("-")) {
                other++;
                continue;
            }
            firstPath.merge(entry.language(), entry.path(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            int[] c = counts.computeIfAbsent(entry.language(), k -> new int[2]);
            if (entry.path().endsWith(".html")) c[0]++;
            c[1]++;
        }
        StringBuilder lines = new StringBuilder().append(counts.size()).append('\t').append(other).append('\n');
        counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(firstPath::get)))
                .forEach(e -> lines.append(e.getValue()[0]).append('\t').append(e.getValue()[1]).append('\t')
                        .append(e.getKey()).append('\n'));
        return lines.toString();
    }

    private boolean intact(Entry entry) {
        return intact(output.resolve(entry.path()), entry.size(), entry.modified());
    }

    /** Whether {@code file} is a regular file of {@code size} bytes, last modified at {@code modified} ms. */
    private static boolean intact(Path file, long size, long modified) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.isRegularFile() && attributes.size() == size
                    && attributes.lastModifiedTime().toMillis() == modified;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
