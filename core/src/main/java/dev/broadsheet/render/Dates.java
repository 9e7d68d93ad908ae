package dev.broadsheet.render;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes dates for one language, in the site's time zone, the same on every machine: Chinese as
 * {@code 2025年11月20日}, English as {@code November 20, 2025}, other languages in their locale's long form;
 * and machine-readable as {@code 2025-11-20T00:00:00+08:00} (RFC 3339, for {@code <time>}, Atom and sitemaps).
 * Each date is formatted once and remembered: an article's date is shown on its page, in its section's and
 * tags' lists, the home and the feed, and formatting costs far more than a lookup. Thread-safe; one instance
 * lives as long as one render of the site, so what it remembers is bounded by the site's dates.
 */
final class Dates {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT)
            .withChronology(IsoChronology.INSTANCE);

    private final DateTimeFormatter readable;
    private final ZoneId zone;
    private final Map<ZonedDateTime, String> readableMemo = new ConcurrentHashMap<>();
    private final Map<ZonedDateTime, String> isoMemo = new ConcurrentHashMap<>();

    Dates(Locale locale, ZoneId zone) {
        this.readable = readableFormat(locale);
        this.zone = zone;
    }

    private static DateTimeFormatter readableFormat(Locale locale) {
        return switch (locale.getLanguage()) {
            case "zh" -> DateTimeFormatter.ofPattern("uuuu'年'M'月'd'日'", Locale.ROOT);
            case "en" -> DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
            default -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        };
    }

    /** The date as readers of this language write it. */
    String readable(ZonedDateTime dateTime) {
        String text = readableMemo.get(dateTime);
        if (text == null) {
            text = readable.format(dateTime.withZoneSameInstant(zone));
            readableMemo.put(dateTime, text);
        }
        return text;
    }

    /** The date and time in RFC 3339 form, in the site's time zone. */
    String iso(ZonedDateTime dateTime) {
        String text = isoMemo.get(dateTime);
        if (text == null) {
            text = ISO.format(dateTime.withZoneSameInstant(zone));
            isoMemo.put(dateTime, text);
        }
        return text;
    }
}
