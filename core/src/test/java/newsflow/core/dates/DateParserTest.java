package newsflow.core.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {
    private static final DateParser PARSER = new DateParser(LocalDate.of(2025, 1, 1));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2021-12-31T08:15:00+05:00      | 2021-12-31T08:15:00+05:00",
        "2024-05-20T07:45:00.000Z       | 2024-05-20T07:45:00Z",
        "2024-05-20 07:45:00+0100       | 2024-05-20T07:45:00+01:00",
        "2024-05-20T07:45               | 2024-05-20T07:45:00",
        "2024-03-12                     | 2024-03-12",
        "Tue, 21 May 2024 15:00:00 GMT  | 2024-05-21T15:00:00Z",
        // zone names: RFC 822's, and unambiguous ones of other zones
        "Tue, 21 May 2024 15:00:00 UT   | 2024-05-21T15:00:00Z",
        "Tue, 21 May 2024 15:00:00 EDT  | 2024-05-21T15:00:00-04:00",
        "Tue, 21 May 2024 15:00:00 AEST | 2024-05-21T15:00:00+10:00",
        "2024-05-20 07:45 CEST          | 2024-05-20T07:45:00+02:00",
        "2024-05-20 07:45:10 JST        | 2024-05-20T07:45:10+09:00",
        "2024-05-20T07:45 ACST          | 2024-05-20T07:45:00+09:30",
        "2024-05-20 07:45 GMT (London)  | 2024-05-20T07:45:00Z",
        // an offset after a name says what the name means
        "2024-03-12 10:00:00 GMT+08:00  | 2024-03-12T10:00:00+08:00",
        "2024-03-12 10:00 UTC+8         | 2024-03-12T10:00:00+08:00",
        "2024-03-12 10:00 UTC-5         | 2024-03-12T10:00:00-05:00",
        "2024-03-12 10:00 UT-3          | 2024-03-12T10:00:00-03:00",
        "2024-03-12 10:00 GMT-0400 (Eastern Daylight Time) | 2024-03-12T10:00:00-04:00",
        "2024-03-12 10:00 CST +0800     | 2024-03-12T10:00:00+08:00",
        "2024-03-12 10:00+530           | 2024-03-12T10:00:00+05:30",
        "2024-03-12 10:00 GMT+5.30      | 2024-03-12T10:00:00+05:30",
        "2024-03-12 10:00 WIB+7         | 2024-03-12T10:00:00+07:00",
        "2024-03-12 10:00 CET+1         | 2024-03-12T10:00:00+01:00",
        "2024-03-12 10:00 UTC−05:00     | 2024-03-12T10:00:00-05:00",
        "2024-03-12 10:00 GMT–5         | 2024-03-12T10:00:00-05:00",
        "2024-03-12 10:00 EDT - updated 11:00 | 2024-03-12T10:00:00-04:00",
        // a 12-hour clock
        "2024-03-12 10:00 PM +0800      | 2024-03-12T22:00:00+08:00",
        "2024-03-12 12:30 a.m. EDT      | 2024-03-12T00:30:00-04:00",
        "2024-03-12 12:30 PM            | 2024-03-12T12:30:00",
        "2024-03-12 13:00 PM            | 2024-03-12T13:00:00",
        "2024-03-12 00:30 AM            | 2024-03-12T00:30:00",
        // a range, or a word before a number, is no offset
        "2024-03-12 10:00–11:30        | 2024-03-12T10:00:00",
        "2024-03-12 10:00 ABC-7         | 2024-03-12T10:00:00",
        "2024-03-12 10:00 NEWS-1        | 2024-03-12T10:00:00",
        // an offset no zone has keeps the time, without it
        "2024-03-12 10:00 +19           | 2024-03-12T10:00:00",
        "2024-03-12 10:00 UTC+18:30     | 2024-03-12T10:00:00",
        // an ambiguous name (India, Ireland or Israel; US Central or China; British Summer or Bangladesh) gives no offset
        "2024-05-20 07:45 IST           | 2024-05-20T07:45:00",
        "2024-05-20 07:45 CST           | 2024-05-20T07:45:00",
        "2024-05-20 07:45 BST           | 2024-05-20T07:45:00",
        // a word that only starts like a zone name, or a name before a word, is no zone
        "2024-03-12 10:00 WEST BANK     | 2024-03-12T10:00:00",
        "2024-03-12 10:00 UT Austin     | 2024-03-12T10:00:00",
        "2024-03-12 10:00 ESTONIA       | 2024-03-12T10:00:00",
    })
    void shouldParseStructuredDatesKeepingThePagesOffset(String raw, String iso) {
        assertThat(PARSER.parseStructured(raw, DateSource.META)).map(PageDate::iso).contains(iso);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "نشر في ٢٣/٠٦/٢٠٢٤                 | 2024-06-23",
        "۱۲/۰۳/۲۰۲۴                        | 2024-03-12",
        "شائع شدہ: 12 مارچ 2024             | 2024-03-12",
        "٥ كانون الثاني ٢٠٢٤                | 2024-01-05",
        "12 مايو 2024                      | 2024-05-12",
        "Posted June 4, 2024 18:02         | 2024-06-04",
        "4 June 2024                       | 2024-06-04",
        "06/23/2024                        | 2024-06-23",
        "Published 12 June 2024 · Updated June 14, 2024 | 2024-06-12",
        "انتشار: ۱۲ مرداد ۱۴۰۲                | 2023-08-03",
        "۱ فروردین ۱۴۰۳                      | 2024-03-20",
        "شنبه ۱۰ دی ماه ۱۴۰۲ - ۱۰:۳۰          | 2023-12-31",
        "۳۰ اسفند ۱۳۹۹                       | 2021-03-20",
        "تاریخ انتشار: ۱۴۰۲/۰۵/۱۲             | 2023-08-03",
        "۵ ژانویه ۲۰۲۴                       | 2024-01-05",
        "۱۲ مه ۲۰۲۴                          | 2024-05-12",
        "2024/03/12                        | 2024-03-12",
        "نشر في 3 غشت 2024                  | 2024-08-03",
        "الأحد 15 جويلية 2024               | 2024-07-15",
        "12 آذار 2024                       | 2024-03-12",
        "۲۱ امرداد ۱۴۰۲                      | 2023-08-12",
    })
    void shouldFindDatesInVisibleTextWithAnyDigits(String raw, String iso) {
        assertThat(PARSER.parseText(raw, DateSource.VISIBLE_TEXT)).map(PageDate::iso).contains(iso);
    }

    @ParameterizedTest
    @CsvSource({"1985-01-01", "2030-05-05T10:00:00Z", "not a date", "31/02/2024", "۳۰ اسفند ۱۴۰۲",
        "۱۴۴۵/۰۶/۱۲", "۱۲ مهر ۱۳۶۰", "۳۱ مهر ۱۴۰۲"})
    void shouldRefuseNoiseAndImpossibleDates(String raw) {
        assertThat(PARSER.parseStructured(raw, DateSource.META)).isEmpty();
    }
    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(delimiter = '|', value = {
        "06/04/2024 | en-US | 2024-06-04",
        "06/04/2024 | en_us | 2024-06-04",
        "06/04/2024 | en    | 2024-04-06",
        "06/04/2024 | en-GB | 2024-04-06",
        "06/04/2024 |       | 2024-04-06",
        // a number over 12 decides whatever the page's language
        "25/04/2024 | en-US | 2024-04-25",
        "04/25/2024 | en-GB | 2024-04-25",
        // RFC 822 zone names (§5.1), which Java's RFC 1123 formatter does not read
        "Fri, 13 Aug 2010 16:08:00 EST | en-US | 2010-08-13",
    })
    void shouldReadAmbiguousNumericDatesMonthFirstOnUsPagesOnly(String raw, String lang, String date) {
        DateParser p = new DateParser(LocalDate.of(2026, 1, 1), DateParser.writesMonthFirst(lang));
        assertThat(p.parseStructured(raw, DateSource.META)).get().extracting(PageDate::date).isEqualTo(LocalDate.parse(date));
    }

    @org.junit.jupiter.api.Test
    void shouldReadNoDateInNothing() {
        assertThat(PARSER.parseStructured(null, DateSource.META)).isEmpty();
        assertThat(PARSER.parseText(null, DateSource.VISIBLE_TEXT)).isEmpty();
        assertThat(PARSER.parseStructured("", DateSource.META)).isEmpty();
    }
}
