package dev.broadsheet.jmh;

import dev.broadsheet.io.Hash128;


import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time to hash a long string with {@link Hash128}, as the build hashes page bodies for its digests: the body of
 * the example site's longest article in each language.
 */
@State(Scope.Benchmark)
public class HashBench extends BuildJvmBenchmark {

    /** The file under {@code content/}, without {@code .md}. */
    @Param({"zh/law/2025-11-21-law-based-government", "en/law/2025-11-21-law-based-government"})
    public String article;

    private String text;

    /** Reads the article. */
    @Setup
    public void setUp() {
        text = ExampleSite.body(article).markdown();
    }

    /** Hashes the text into a new {@link Hash128} and formats the sum, as a digest is written down. */
    @Benchmark
    public String hash() {
        Hash128 hash = new Hash128();
        hash.add(text);
        return hash.sum().hex();
    }
}
