package dev.broadsheet.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads front matter dates: {@code 2025-11-20} is midnight in the site's time zone; a date-time with an offset
 * ({@code 2025-11-20T08:30:00+08:00}, also with a space for the {@code T}) is that instant, seen in the site's
 * zone; a date-time without an offset is taken in the site's zone.
 */
final class Dates {

    private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SPACED = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[ ]+(\\d.*)");

    private Dates() {
    }

    static Optional<ZonedDateTime> parse(String text, ZoneId zone) {
        String value = text.strip();
        try {
            if (DATE_ONLY.matcher(value).matches()) {
                return Optional.of(LocalDate.parse(value).atStartOfDay(zone));
            }
            var spaced = SPACED.matcher(value);
            if (spaced.matches()) {
                value = spaced.group(1) + "T" + spaced.group(2).replace(" ", "");
            }
            try {
                return Optional.of(OffsetDateTime.parse(value).atZoneSameInstant(zone));
            } catch (DateTimeParseException e) {
                return Optional.of(LocalDateTime.parse(value).atZone(zone));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
