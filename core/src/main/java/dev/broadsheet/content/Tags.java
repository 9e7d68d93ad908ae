package dev.broadsheet.content;

import java.util.Locale;
import java.util.regex.Pattern;

/** How a tag becomes a URL segment. */
public final class Tags {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern UNSAFE = Pattern.compile("[/\\\\?#%]+");

    private Tags() {
    }

    /**
     * The URL segment of {@code tag}: lowercased, each run of white space replaced by {@code -}, other
     * characters kept ({@code 红色物业} stays {@code 红色物业}, {@code Red Property} becomes
     * {@code red-property}). Characters that would change the URL's structure ({@code / \ ? # %}) also become
     * {@code -}.
     */
    public static String slug(String tag) {
        String lower = tag.strip().toLowerCase(Locale.ROOT);
        return UNSAFE.matcher(WHITE_SPACE.matcher(lower).replaceAll("-")).replaceAll("-");
    }
}
