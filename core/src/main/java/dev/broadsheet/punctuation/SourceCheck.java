package dev.broadsheet.punctuation;

import dev.broadsheet.content.FrontMatter;
import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.markdown.Prose;
import dev.broadsheet.yaml.ScalarText;
import dev.broadsheet.yaml.YamlMapping;
import dev.broadsheet.yaml.YamlParser;
import dev.broadsheet.yaml.YamlValue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rules over one source file: the text fields of its front matter (title, kicker, subtitle, summary, the
 * image's alt and caption) and its Markdown body, each paragraph, heading, table cell and image description a
 * run of its own.
 */
final class SourceCheck {

    private static final List<String> FIELDS = List.of("title", "kicker", "subtitle", "summary");
    private static final List<String> IMAGE_FIELDS = List.of("alt", "caption");

    private SourceCheck() {
    }

    /**
     * The changes the rules ask for in {@code source}, in the order of the file. A file that no longer splits
     * into front matter and body, or whose front matter is no longer YAML, is reported to {@code diagnostics}
     * and gives none.
     */
    static List<RunChecker.Edit> edits(SourceText source, String path, Prose prose, RunChecker checker,
                                       Diagnostics diagnostics) {
        Optional<FrontMatter> split = FrontMatter.split(source.text(), path, diagnostics);
        if (split.isEmpty()) return List.of();
        FrontMatter matter = split.get();
        int yamlOffset = source.text().indexOf('\n') + 1;
        int bodyOffset = source.text().length() - matter.body().length();
        List<TextRun> runs = new ArrayList<>();
        YamlParser.parseMapping(matter.yaml(), path, matter.yamlFirstLine(), diagnostics).ifPresent(yaml -> {
            fields(yaml, FIELDS, matter.yaml(), yamlOffset, runs);
            yaml.get("image").filter(YamlValue::isMapping).flatMap(YamlValue::asMapping)
                    .ifPresent(image -> fields(image, IMAGE_FIELDS, matter.yaml(), yamlOffset, runs));
        });
        for (Prose.Block block : prose.blocks(matter.body())) {
            int[] starts = new int[block.offsets().length];
            int[] ends = new int[starts.length];
            for (int i = 0; i < starts.length; i++) {
                int offset = block.offsets()[i];
                starts[i] = offset < 0 ? -1 : bodyOffset + offset;
                ends[i] = offset < 0 ? -1 : bodyOffset + offset + 1;
            }
            runs.add(new TextRun(block.text(), starts, ends));
        }
        List<RunChecker.Edit> edits = new ArrayList<>();
        for (TextRun run : runs) edits.addAll(checker.check(run));
        edits.sort(Comparator.comparingInt(RunChecker.Edit::start));
        return edits;
    }

    private static void fields(YamlMapping mapping, List<String> keys, String yaml, int yamlOffset,
                               List<TextRun> runs) {
        for (String key : keys) {
            mapping.get(key).flatMap(value -> value.text(yaml)).ifPresent(text -> runs.add(run(text, yamlOffset)));
        }
    }

    private static TextRun run(ScalarText text, int yamlOffset) {
        int length = text.value().length();
        int[] starts = new int[length];
        int[] ends = new int[length];
        for (int i = 0; i < length; i++) {
            starts[i] = text.start(i) < 0 ? -1 : yamlOffset + text.start(i);
            ends[i] = text.end(i) < 0 ? -1 : yamlOffset + text.end(i);
        }
        return new TextRun(text.value(), starts, ends);
    }
}
