package newsflow.core.dates;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A date as found on a page and as newsflow normalizes it: exactly one of {@code offsetDateTime}
 * (the page gave a time and a zone; the offset is the page's own), {@code localDateTime} (a time, no
 * zone) or {@code localDate} (a date only) is set. Never converted to the machine's zone.
 *
 * @param raw the text or attribute value as written
 * @param source where it was found
 * @param offsetDateTime date-time with the page's offset, or null
 * @param localDateTime date-time without zone, or null
 * @param localDate date without time, or null
 */
public record PageDate(String raw, DateSource source, OffsetDateTime offsetDateTime, LocalDateTime localDateTime,
        LocalDate localDate) {

    /**
     * @return ISO-8601: {@code 2021-12-31T08:15:00+05:00} (seconds always written, {@code Z} for UTC),
     *     {@code 2021-12-31T08:15:00}, or {@code 2021-12-31}
     */
    public String iso() {
        if (offsetDateTime != null) {
            return offsetDateTime.format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX"));
        }
        if (localDateTime != null) {
            return localDateTime.format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss"));
        }
        return localDate.toString();
    }

    /** @return the calendar date, whichever form the date has */
    public LocalDate date() {
        if (offsetDateTime != null) {
            return offsetDateTime.toLocalDate();
        }
        return localDateTime != null ? localDateTime.toLocalDate() : localDate;
    }
}
