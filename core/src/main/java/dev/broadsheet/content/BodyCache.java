package dev.broadsheet.content;

import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.diagnostics.SourcePosition;
import dev.broadsheet.io.Hash128;
import dev.broadsheet.markdown.Heading;
import dev.broadsheet.markdown.LinkResolver;
import dev.broadsheet.markdown.MarkdownRenderer;
import dev.broadsheet.markdown.RenderedMarkdown;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Markdown bodies the last build rendered, kept in one file beside its output folder
 * ({@code .site.broadsheet-bodies} for {@code site/}), so that a rebuild renders again only the bodies it has
 * not seen: after a one-article edit, one body instead of all of them.
 *
 * <p>A body is found by a 128-bit hash of its text, and counts only if every {@code .md} link in it still
 * resolves to the URL it resolved to then (a moved page changes the bodies that link to it). The file as a
 * whole counts only for the same Broadsheet build and Markdown options. Bodies that had errors are never kept,
 * so their errors are reported again. Safe to delete: without it every body is rendered. Thread-safe.
 */
public final class BodyCache {

    private static final String HEADER = "broadsheet-bodies 1";

    /** A rendered body and the links it resolved: target, URL, target, URL… */
    private record Entry(RenderedMarkdown rendered, List<String> links) {
    }

    private final String version;
    private volatile byte[] stored;
    /** Where each stored entry's payload is in {@link #stored}: offset and length. */
    private volatile Map<Hash128.Sum, int[]> index;
    private final Map<Hash128.Sum, Entry> next = new ConcurrentHashMap<>();

    private BodyCache(String version, byte[] stored, Map<Hash128.Sum, int[]> index) {
        this.version = version;
        this.stored = stored;
        this.index = index;
    }

    /** The body cache file that belongs to {@code output}. */
    public static Path fileFor(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".broadsheet-bodies");
    }

    /**
     * The bodies in {@code file} if it was written for {@code version} (the Broadsheet build and the Markdown
     * options); an empty cache when there is no such file or it cannot be read.
     */
    public static BodyCache read(Path file, String version) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            if (!HEADER.equals(string(in)) || !version.equals(string(in))) return empty(version);
            int count = in.getInt();
            Map<Hash128.Sum, int[]> index = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                Hash128.Sum key = new Hash128.Sum(in.getLong(), in.getLong());
                int length = in.getInt();
                if (length < 0 || length > in.remaining()) return empty(version);
                index.put(key, new int[] {in.position(), length});
                in.position(in.position() + length);
            }
            return new BodyCache(version, bytes, index);
        } catch (NoSuchFileException e) {
            return empty(version);
        } catch (IOException | RuntimeException e) {
            return empty(version);
        }
    }

    /** A cache that knows no body yet. */
    public static BodyCache empty(String version) {
        return new BodyCache(version, new byte[0], Map.of());
    }

    /**
     * The body rendered as {@link MarkdownRenderer#render} would: taken from the last build when it rendered
     * the same text with the same links, rendered now otherwise. Either way it is kept for {@link #write}.
     */
    RenderedMarkdown render(MarkdownRenderer markdown, SourcePosition start, String body, LinkResolver links,
                            Diagnostics diagnostics) {
        Hash128 hash = new Hash128();
        hash.add(body);
        Hash128.Sum key = hash.sum();
        Entry known = next.get(key);
        if (known == null) known = stored(key);
        if (known != null && resolvesAsBefore(known.links(), links)) {
            next.put(key, known);
            return known.rendered();
        }
        List<String> resolved = java.util.Collections.synchronizedList(new ArrayList<>());
        Diagnostics problems = new Diagnostics();
        RenderedMarkdown rendered = markdown.render(start, body, target -> {
            String url = links.resolve(target);
            resolved.add(target);
            resolved.add(url);
            return url;
        }, problems);
        diagnostics.addAll(problems);
        if (problems.all().isEmpty() && !resolved.contains(null)) {
            next.put(key, new Entry(rendered, List.copyOf(resolved)));
        }
        return rendered;
    }

    private static boolean resolvesAsBefore(List<String> links, LinkResolver resolver) {
        for (int i = 0; i + 1 < links.size(); i += 2) {
            if (!links.get(i + 1).equals(resolver.resolve(links.get(i)))) return false;
        }
        return true;
    }

    /**
     * Lets go of what the last build stored (tens of megabytes for a large site) once the bodies are loaded:
     * from then on only this build's bodies are kept, for {@link #write}.
     */
    public void doneReading() {
        index = Map.of();
        stored = new byte[0];
    }

    /** The entry the last build stored under {@code key}, or null. */
    private Entry stored(Hash128.Sum key) {
        Map<Hash128.Sum, int[]> index = this.index;
        byte[] stored = this.stored;
        int[] at = index.get(key);
        if (at == null || at[0] + at[1] > stored.length) return null;
        try {
            ByteBuffer in = ByteBuffer.wrap(stored, at[0], at[1]);
            String html = string(in);
            String firstParagraph = string(in);
            int cjk = in.getInt();
            int words = in.getInt();
            int headingCount = in.getInt();
            List<Heading> headings = new ArrayList<>(headingCount);
            for (int i = 0; i < headingCount; i++) headings.add(new Heading(in.getInt(), string(in), string(in)));
            int linkCount = in.getInt();
            List<String> links = new ArrayList<>(linkCount);
            for (int i = 0; i < linkCount; i++) links.add(string(in));
            return new Entry(new RenderedMarkdown(html, headings, firstParagraph, cjk, words), List.copyOf(links));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Writes the bodies this build rendered or reused (and only those) to {@code file}, replacing it in one
     * step. Entries are in hash order, so the same bodies give the same file.
     */
    public void write(Path file) {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        List<Map.Entry<Hash128.Sum, Entry>> entries = new ArrayList<>(next.entrySet());
        entries.sort(Comparator.comparing((Map.Entry<Hash128.Sum, Entry> e) -> e.getKey().high())
                .thenComparing(e -> e.getKey().low()));
        try {
            // the output's parent folder, which the build makes anyway, may not be there yet: this runs early
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        try (OutputStream stream = Files.newOutputStream(temp);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16))) {
            string(out, HEADER);
            string(out, version);
            out.writeInt(entries.size());
            ByteArrayOutputStream payload = new ByteArrayOutputStream(16 * 1024);
            DataOutputStream entryOut = new DataOutputStream(payload);
            for (Map.Entry<Hash128.Sum, Entry> e : entries) {
                payload.reset();
                RenderedMarkdown rendered = e.getValue().rendered();
                string(entryOut, rendered.html());
                string(entryOut, rendered.firstParagraph());
                entryOut.writeInt(rendered.cjkCharacters());
                entryOut.writeInt(rendered.words());
                entryOut.writeInt(rendered.headings().size());
                for (Heading heading : rendered.headings()) {
                    entryOut.writeInt(heading.level());
                    string(entryOut, heading.id());
                    string(entryOut, heading.text());
                }
                entryOut.writeInt(e.getValue().links().size());
                for (String link : e.getValue().links()) string(entryOut, link);
                entryOut.flush();
                out.writeLong(e.getKey().high());
                out.writeLong(e.getKey().low());
                out.writeInt(payload.size());
                payload.writeTo(out);
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw e instanceof IOException io ? new UncheckedIOException("cannot write " + temp, io)
                    : (RuntimeException) e;
        }
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the write failed already; that is the error to report
        }
    }

    /** How many bodies this build rendered or reused so far. */
    public int size() {
        return next.size();
    }

    private static void string(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) throw new IllegalStateException("damaged body cache");
        String text = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }
}
