package dev.broadsheet.render;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DatesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZonedDateTime LATE_UTC = ZonedDateTime.parse("2025-11-19T20:00:00Z");

    @Test
    void writesChineseDatesWithYearMonthDayCharacters() {
        assertEquals("2025年11月20日", new Dates(Locale.forLanguageTag("zh-CN"), SHANGHAI).readable(LATE_UTC));
    }

    @Test
    void writesEnglishDatesWithMonthName() {
        assertEquals("November 20, 2025", new Dates(Locale.ENGLISH, SHANGHAI).readable(LATE_UTC));
    }

    @Test
    void writesOtherLanguagesInTheirLongForm() {
        assertEquals("20 novembre 2025", new Dates(Locale.FRENCH, SHANGHAI).readable(LATE_UTC));
    }

    @Test
    void convertsToTheSiteTimeZone() {
        assertEquals("2025-11-20T04:00:00+08:00", new Dates(Locale.ENGLISH, SHANGHAI).iso(LATE_UTC));
        assertEquals("November 19, 2025", new Dates(Locale.ENGLISH, ZoneId.of("UTC")).readable(LATE_UTC));
    }
}
