package dev.broadsheet.punctuation;

import dev.broadsheet.config.PunctuationConfig;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * The rules, applied to one {@link TextRun}. A mark is decided on the run as it reads with the marks decided
 * before it already replaced, and the rules go over the run again until they decide nothing more: a bracket
 * that only a fixed comma puts beside Chinese text ({@code (AI),然后}) is found in the same check, so that a
 * fix leaves nothing for the next one to find.
 *
 * <ul>
 *   <li>{@code , ; : ? !} go when Chinese text is before or after them, and {@code .} when it is before and no
 *       Latin letter or digit follows ({@code 文件.txt}). Between two digits all stay: {@code 1,725},
 *       {@code 3.5}, {@code 10:30}.</li>
 *   <li>A pair of brackets goes when it holds Chinese text, when Chinese text is before it, or when Chinese text
 *       follows it and it does not stick to a Latin word ({@code f(x)的值} stays); a bracket without its pair
 *       when Chinese text is beside it.</li>
 *   <li>A run of three dots or more, or of dots and ellipses ({@code …}, {@code …...}), but not {@code ……},
 *       goes when Chinese text is before or after it.</li>
 *   <li>Straight double quotes are paired in order; a pair goes when it holds Chinese text or Chinese text is
 *       beside it, so that an English sentence quoted in Chinese text gets Chinese quotation marks too.</li>
 * </ul>
 *
 * "Before" and "after" look past spaces, line breaks, curly quotes, dashes and ellipses, and for brackets and
 * quotes past half-width punctuation too ({@code 说:"Hello"}). Spaces between a mark that goes and its
 * neighbours go with it, since full-width punctuation has its own space; spaces at a line's end stay.
 */
final class RunChecker {

    /** One change, in offsets of the file's text. */
    record Edit(int start, int end, String replacement, Rule rule) {
    }

    /** Characters {@code from} to {@code to} (exclusive) of a run are to be {@code replacement}. */
    private record Decision(int from, int to, String replacement, Rule rule) {
    }

    private final PunctuationConfig config;
    private final String openQuote;
    private final String closeQuote;

    /**
     * @param config     the rules that are on
     * @param openQuote  what an opening straight quote becomes: {@code “}, or {@code 「} in Traditional Chinese
     * @param closeQuote what a closing one becomes
     */
    RunChecker(PunctuationConfig config, String openQuote, String closeQuote) {
        this.config = config;
        this.openQuote = openQuote;
        this.closeQuote = closeQuote;
    }

    /** The changes the rules ask for in {@code run}, in order. */
    List<Edit> check(TextRun run) {
        return new Reading(run).edits();
    }

    /** The state of one run's check. */
    private final class Reading {
        private final TextRun run;
        private final String text;
        /** The run as it reads with the decisions so far made. */
        private final char[] v;
        /** The characters that some decision replaces. */
        private final boolean[] taken;
        private final List<Decision> decisions = new ArrayList<>();

        Reading(TextRun run) {
            this.run = run;
            this.text = run.text();
            this.v = text.toCharArray();
            this.taken = new boolean[v.length];
        }

        List<Edit> edits() {
            int before;
            do {
                before = decisions.size();
                if (Rule.ELLIPSIS.isOn(config)) ellipses();
                if (Rule.BRACKETS.isOn(config)) brackets();
                if (Rule.QUOTES.isOn(config)) quotes();
                if (Rule.HALF_WIDTH.isOn(config)) halfWidth();
            } while (decisions.size() > before);
            return withSpaces();
        }

        /** Runs of dots and ellipses: three dots or more, or any with a {@code …}, unless they are {@code ……}. */
        private void ellipses() {
            for (int i = 0; i < v.length; i++) {
                if (taken[i] || v[i] != '.' && v[i] != '…') continue;
                int j = i;
                int dots = 0;
                while (j < v.length && (v[j] == '.' || v[j] == '…') && !taken[j]) {
                    if (v[j] == '.') dots++;
                    j++;
                }
                boolean ellipsis = dots >= 3 || dots < j - i;
                boolean chinese = j - i == 2 && dots == 0;
                if (ellipsis && !chinese && (chineseBefore(i, false) || chineseAfter(j - 1, false))) {
                    decide(i, j, Marks.ELLIPSIS, Rule.ELLIPSIS, '…');
                }
                i = j - 1;
            }
        }

        private void brackets() {
            Deque<Integer> open = new ArrayDeque<>();
            List<Integer> lone = new ArrayList<>();
            for (int i = 0; i < v.length; i++) {
                if (taken[i]) continue;
                if (v[i] == '(') {
                    open.push(i);
                } else if (v[i] == ')' && open.isEmpty()) {
                    lone.add(i);
                } else if (v[i] == ')') {
                    int o = open.pop();
                    boolean sticksToLatin = o > 0 && Marks.isAsciiLetterOrDigit(v[o - 1]);
                    if (chineseBetween(o, i) || chineseBefore(o, true) || chineseAfter(i, true) && !sticksToLatin) {
                        decide(o, o + 1, "（", Rule.BRACKETS, '（');
                        decide(i, i + 1, "）", Rule.BRACKETS, '）');
                    }
                }
            }
            lone.addAll(open);
            for (int i : lone) {
                if (chineseBefore(i, false) || chineseAfter(i, false)) {
                    decide(i, i + 1, v[i] == '(' ? "（" : "）", Rule.BRACKETS, v[i] == '(' ? '（' : '）');
                }
            }
        }

        private void quotes() {
            List<Integer> quotes = new ArrayList<>();
            for (int i = 0; i < v.length; i++) {
                if (!taken[i] && v[i] == '"') quotes.add(i);
            }
            for (int k = 0; k + 1 < quotes.size(); k += 2) {
                int o = quotes.get(k);
                int c = quotes.get(k + 1);
                if (chineseBetween(o, c) || chineseBefore(o, true) || chineseAfter(c, true)) {
                    decide(o, o + 1, openQuote, Rule.QUOTES, openQuote.charAt(0));
                    decide(c, c + 1, closeQuote, Rule.QUOTES, closeQuote.charAt(0));
                }
            }
        }

        private void halfWidth() {
            for (int i = 0; i < v.length; i++) {
                int mark = Marks.HALF_WIDTH.indexOf(v[i]);
                if (taken[i] || mark < 0) continue;
                char next = i + 1 < v.length ? v[i + 1] : ' ';
                char previous = i > 0 ? v[i - 1] : ' ';
                if (Marks.isDigit(previous) && Marks.isDigit(next)) continue;
                boolean goes;
                if (v[i] == '.') {
                    if (previous == '.' || next == '.') continue;
                    goes = chineseBefore(i, false) && !Marks.isAsciiLetterOrDigit(next);
                } else {
                    goes = chineseBefore(i, false) || chineseAfter(i, false);
                }
                if (goes) {
                    char full = Marks.FULL_WIDTH.charAt(mark);
                    decide(i, i + 1, String.valueOf(full), Rule.HALF_WIDTH, full);
                }
            }
        }

        /** Records a decision unless its characters cannot be changed, and reads them as {@code reads} from now on. */
        private void decide(int from, int to, String replacement, Rule rule, char reads) {
            if (!run.editable(from, to)) return;
            decisions.add(new Decision(from, to, replacement, rule));
            for (int k = from; k < to; k++) {
                taken[k] = true;
                v[k] = reads;
            }
        }

        private boolean chineseBefore(int i, boolean pastHalfWidth) {
            int j = i - 1;
            while (j >= 0 && passes(v[j], pastHalfWidth)) j--;
            return j >= 0 && Marks.isChinese(Character.codePointBefore(v, j + 1));
        }

        private boolean chineseAfter(int i, boolean pastHalfWidth) {
            int j = i + 1;
            while (j < v.length && passes(v[j], pastHalfWidth)) j++;
            return j < v.length && Marks.isChinese(Character.codePointAt(v, j));
        }

        private boolean passes(char c, boolean pastHalfWidth) {
            return Marks.isSpace(c) || Marks.isNeutral(c) || pastHalfWidth && Marks.HALF_WIDTH.indexOf(c) >= 0;
        }

        private boolean chineseBetween(int open, int close) {
            for (int k = open + 1; k < close; k++) {
                if (Marks.isChinese(Character.codePointAt(v, k))) return true;
            }
            return false;
        }

        /** The decisions as edits of the file, each with the spaces beside it that go with it. */
        private List<Edit> withSpaces() {
            decisions.sort(Comparator.comparingInt(Decision::from));
            List<Edit> edits = new ArrayList<>(decisions.size());
            int previousEnd = 0;
            for (Decision d : decisions) {
                int from = d.from();
                while (from > previousEnd && isBlank(from - 1) && run.editable(from - 1, from + 1)) from--;
                int to = d.to();
                while (to < text.length() && isBlank(to) && run.editable(to - 1, to + 1)) to++;
                if (to == text.length() || text.charAt(to) == '\n') to = d.to();
                edits.add(new Edit(run.starts()[from], run.ends()[to - 1], d.replacement(), d.rule()));
                previousEnd = to;
            }
            return edits;
        }

        private boolean isBlank(int i) {
            return text.charAt(i) == ' ' || text.charAt(i) == '\t';
        }
    }
}
