package dev.broadsheet.content;

import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.diagnostics.SourcePosition;
import dev.broadsheet.io.Hash128;
import dev.broadsheet.markdown.Heading;
import dev.broadsheet.markdown.LinkResolver;
import dev.broadsheet.markdown.MarkdownRenderer;
import dev.broadsheet.markdown.RenderedMarkdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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

    private static final String HEADER = "broadsheet-bodies 2";
    /** The file's byte order: the machine's on every platform Broadsheet is likely to run on, so no swapping. */
    private static final ByteOrder ORDER = ByteOrder.LITTLE_ENDIAN;

    /**
     * A rendered body and the links it resolved: target, URL, target, URL… When it came from the last build's
     * file, {@code offset} and {@code length} say where its bytes are there, to be copied as they are.
     */
    private record Entry(RenderedMarkdown rendered, List<String> links, int offset, int length) {

        Entry(RenderedMarkdown rendered, List<String> links) {
            this(rendered, links, -1, -1);
        }
    }

    private final String version;
    private final byte[] stored;
    /** Where each stored entry's payload is in {@link #stored}: offset and length. */
    private final Map<Hash128.Sum, int[]> index;
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
            ByteBuffer in = ByteBuffer.wrap(bytes).order(ORDER);
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

    /** The entry the last build stored under {@code key}, or null. */
    private Entry stored(Hash128.Sum key) {
        int[] at = index.get(key);
        if (at == null) return null;
        try {
            ByteBuffer in = ByteBuffer.wrap(stored, at[0], at[1]).order(ORDER);
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
            return new Entry(new RenderedMarkdown(html, headings, firstParagraph, cjk, words), List.copyOf(links),
                    at[0], at[1]);
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
        // a build stopped while this runs (Ctrl-C, a kill) leaves no half-written file beside the output
        Thread cleanup = new Thread(() -> deleteQuietly(temp), "broadsheet-body-cache-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            writeAndMove(entries, temp, file);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException e) {
                // already shutting down: the hook deletes the temporary file
            }
        }
    }

    private void writeAndMove(List<Map.Entry<Hash128.Sum, Entry>> entries, Path temp, Path file) {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            Out out = new Out(channel);
            out.string(HEADER);
            out.string(version);
            out.putInt(entries.size());
            for (Map.Entry<Hash128.Sum, Entry> e : entries) {
                Entry entry = e.getValue();
                boolean reused = entry.length() >= 0;
                RenderedMarkdown rendered = entry.rendered();
                List<String> links = entry.links();
                out.putLong(e.getKey().high());
                out.putLong(e.getKey().low());
                out.putInt(reused ? entry.length() : payloadSize(rendered, links));
                if (reused) {
                    // as the last build wrote it: the same version, so the same bytes
                    out.bytes(stored, entry.offset(), entry.length());
                    continue;
                }
                out.string(rendered.html());
                out.string(rendered.firstParagraph());
                out.putInt(rendered.cjkCharacters());
                out.putInt(rendered.words());
                out.putInt(rendered.headings().size());
                for (Heading heading : rendered.headings()) {
                    out.putInt(heading.level());
                    out.string(heading.id());
                    out.string(heading.text());
                }
                out.putInt(links.size());
                for (String link : links) out.string(link);
            }
            out.flush();
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

    /** Bytes an entry's payload takes in the file, as {@link #writeAndMove} writes it. */
    private static int payloadSize(RenderedMarkdown rendered, List<String> links) {
        int size = size(rendered.html()) + size(rendered.firstParagraph()) + 3 * 4 + 4;
        for (Heading heading : rendered.headings()) size += 4 + size(heading.id()) + size(heading.text());
        for (String link : links) size += size(link);
        return size;
    }

    /** Bytes a string takes in the file: its length, then its chars. */
    private static int size(String text) {
        return 4 + 2 * text.length();
    }

    /**
     * Writes the file through one buffer. Strings go as UTF-16 chars, copied in bulk: encoding 40 MB of bodies
     * to UTF-8 cost the build's JIT tier more than rendering them twice over would save.
     */
    private static final class Out {
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocate(1 << 20).order(ORDER);
        private final char[] chars = new char[1 << 16];

        Out(FileChannel channel) {
            this.channel = channel;
        }

        void putInt(int value) throws IOException {
            room(4);
            buffer.putInt(value);
        }

        void putLong(long value) throws IOException {
            room(8);
            buffer.putLong(value);
        }

        void string(String text) throws IOException {
            putInt(text.length());
            for (int from = 0; from < text.length(); ) {
                int n = Math.min(chars.length, text.length() - from);
                text.getChars(from, from + n, chars, 0);
                room(2 * n);
                buffer.asCharBuffer().put(chars, 0, n);
                buffer.position(buffer.position() + 2 * n);
                from += n;
            }
        }

        void bytes(byte[] source, int offset, int length) throws IOException {
            for (int from = offset, end = offset + length; from < end; ) {
                if (!buffer.hasRemaining()) flush();
                int n = Math.min(buffer.remaining(), end - from);
                buffer.put(source, from, n);
                from += n;
            }
        }

        private void room(int bytes) throws IOException {
            if (buffer.remaining() < bytes) flush();
        }

        void flush() throws IOException {
            buffer.flip();
            while (buffer.hasRemaining()) channel.write(buffer);
            buffer.clear();
        }
    }

    /** How many bodies this build rendered or reused so far. */
    public int size() {
        return next.size();
    }

    private static String string(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0 || 2L * length > in.remaining()) throw new IllegalStateException("damaged body cache");
        char[] chars = new char[length];
        in.asCharBuffer().get(chars);
        in.position(in.position() + 2 * length);
        return new String(chars);
    }
}
