package dev.broadsheet.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** Reads a written index back, as the browser's script does: meta, the shard of a term, a document's record. */
final class IndexReader {

    /**
     * A term's postings, the ids added up from their differences.
     *
     * @param df     documents holding the term
     * @param ids    ids in the list, ascending
     * @param scores their scores
     * @param firsts their first slots modulo 256
     */
    record Postings(int df, List<Integer> ids, List<Integer> scores, List<Integer> firsts) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, byte[]> files;
    private final String folder;

    /** @param files the output's files by path; {@code language} the index to read */
    IndexReader(Map<String, byte[]> files, String language) {
        this.files = files;
        this.folder = "search-index/" + language + "/";
    }

    JsonNode meta() {
        return parse(files.get(folder + "meta.json"));
    }

    int shardOf(String term) {
        return Integer.remainderUnsigned(LanguageIndex.fnv1a(term), meta().get("shards").asInt());
    }

    JsonNode shard(int n) {
        return parse(gunzip(files.get(folder + "s/" + n + ".json.gz")));
    }

    /** The postings of {@code term}, or null when the index does not hold it. */
    Postings postings(String term) {
        JsonNode entry = shard(shardOf(term)).get(term);
        if (entry == null) return null;
        List<Integer> ids = new ArrayList<>();
        int id = 0;
        for (JsonNode delta : entry.get(1)) ids.add(id += delta.asInt());
        return new Postings(entry.get(0).asInt(), ids, ints(entry.get(2)), ints(entry.get(3)));
    }

    JsonNode record(int id) {
        int size = meta().get("block").asInt();
        return parse(gunzip(files.get(folder + "d/" + id / size + ".json.gz"))).get(id % size);
    }

    static byte[] gunzip(byte[] bytes) {
        if (bytes == null) throw new AssertionError("no such file");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asInt()));
        return list;
    }
}
