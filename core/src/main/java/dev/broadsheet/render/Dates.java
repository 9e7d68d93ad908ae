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
 * An article's date appears on many pages (its own, section and tag lists, the home page, feeds), so each
 * date is formatted once and remembered. Safe for many threads.
 */
final class Dates {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT)
            .withChronology(IsoChronology.INSTANCE);

    private final DateTimeFormatter readable;
    private final ZoneId zone;
    private final Map<ZonedDateTime, String> readableDone = new ConcurrentHashMap<>();
    private final Map<ZonedDateTime, String> isoDone = new ConcurrentHashMap<>();

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
        return readableDone.computeIfAbsent(dateTime, d -> readable.format(d.withZoneSameInstant(zone)));
    }

    /** The date and time in RFC 3339 form, in the site's time zone. */
    String iso(ZonedDateTime dateTime) {
        return isoDone.computeIfAbsent(dateTime, d -> ISO.format(d.withZoneSameInstant(zone)));
    }
}
