package dev.broadsheet.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Ends bare URLs at CJK punctuation. Chinese text puts {@code 。，、）} and curly quotes right after a URL
 * without a space, and the autolinker would take them into the link ({@code www.example.org。}); they never
 * belong to a URL written out in text, so the link stops before them and they stay text. Han characters are
 * kept, since URLs may contain them. Explicit autolinks ({@code <https://…>}) are left alone.
 */
final class CjkAutolinks {

    private CjkAutolinks() {
    }

    /** Shortens a bare {@code link} that runs into CJK punctuation and puts the rest after it as text. */
    static void trim(AutoLink link) {
        if (!link.getOpeningMarker().isEmpty()) {
            return;
        }
        BasedSequence text = link.getText();
        int end = punctuationStart(text);
        if (end <= 0) {
            return;
        }
        int cut = text.length() - end;
        BasedSequence url = link.getUrl();
        if (url.length() < cut || !url.subSequence(url.length() - cut).equals(text.subSequence(end))) {
            return;
        }
        link.setText(text.subSequence(0, end));
        link.setUrlChars(url.subSequence(0, url.length() - cut));
        link.setChars(link.getChars().subSequence(0, link.getChars().length() - cut));
        for (Node child = link.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text && child.getChars().length() >= cut) {
                child.setChars(child.getChars().subSequence(0, child.getChars().length() - cut));
            }
        }
        link.insertAfter(new Text(text.subSequence(end)));
    }

    private static int punctuationStart(CharSequence text) {
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (Cjk.joining(cp) != Cjk.Joining.NONE && !Cjk.isCjkCharacter(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }
}
