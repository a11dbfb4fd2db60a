package newsflow.core.dates;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date forms pages write: ISO 8601 and its common variants (space instead of {@code T},
 * offsets without colon, fractional seconds), RFC 1123 (HTTP dates), and numeric day/month/year with
 * any decimal digits (ASCII, Arabic-Indic {@code ٠-٩}, Extended Arabic-Indic {@code ۰-۹}), Gregorian
 * month names in English and, from ICU4J's CLDR data, in Arabic (Egyptian/Gulf, Levantine, Maghrebi
 * forms), Urdu, Persian and Pashto, and Solar Hijri dates (Persian month names, or year-first numbers
 * 13xx–14xx) converted with ICU4J's {@link com.ibm.icu.util.PersianCalendar}. Dates before 1990 or after
 * {@code notAfter} are refused as noise.
 */
public final class DateParser {
    /**
     * Zone names read in ISO-like dates, besides offsets: the ones whose meaning no news site disputes. CST (US Central
     * or China), PST (US Pacific or the Philippines), BST (British Summer or Bangladesh), IST, AST and ET are not among
     * them: a date with one of those keeps its local time and no offset.
     */
    private static final String ISO_ZONE_NAMES = "UTC|UT|GMT|EST|EDT|CDT|MST|MDT|PDT|AKST|AKDT|HST|WET|WEST|CET|CEST|EET|EEST|MSK"
            + "|PKT|WIB|HKT|SGT|JST|KST|AWST|ACST|ACDT|AEST|AEDT|NZST|NZDT";
    /**
     * ISO 8601 and its variants; group 7 is a 12-hour clock's AM or PM ({@code 10:00 PM}, {@code 10:00 p.m.}), group 8
     * the zone: {@code Z}, an offset ({@code +08:00}, {@code +0800}, {@code +8}, {@code +5.30}),
     * an offset after UTC or GMT ({@code GMT+08:00}, {@code UTC-5}) or after a zone's name ({@code CST +0800}, {@code
     * WIB+7}: the offset says which zone; {@code NEWS-1} is no zone), or a name of {@link #ISO_ZONE_NAMES} that ends the value or comes before a
     * sign, not before a word ({@code 10:00 WEST BANK} has no zone). A Unicode minus or an en dash before an offset's
     * digits reads as a minus ({@link #signs}).
     */
    private static final String OFFSET = "[+-](?:\\d{2}(?:[:.]?\\d{2})?|\\d(?:[:.]?\\d{2})?)(?!\\d)";
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?(?:\\s?([AaPp])\\.?[Mm]\\.?(?![A-Za-z]))?"
            + "\\s*(Z(?![A-Za-z])|(?:(?:UTC|GMT|UT)\\s?)?" + OFFSET + "|(?:" + ISO_ZONE_NAMES + "|CST|PST|BST|IST|AST)\\s?" + OFFSET
            + "|(?:" + ISO_ZONE_NAMES + ")"
            + "(?=\\s*(?:$|[^\\p{L}\\s+-]|[+-](?!\\s*\\d))))?)?");
    private static final Pattern NUMERIC_DMY = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})(?!\\d)");
    private static final Pattern TEXT_MDY = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern TEXT_DMY = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?\\s+(\\d{4})\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    /** Characters of a value looked at; dates sit at the start of what pages give for them. */
    static final int MAX_INPUT_CHARS = 300;
    /**
     * Gregorian month names, by month number, from ICU4J's CLDR data for the locales whose pages write
     * them: Arabic in its Egyptian/Gulf ({@code ar}), Levantine and Iraqi ({@code ar_SY}: كانون الثاني,
     * شباط, …), Moroccan ({@code ar_MA}: ماي, يوليوز, غشت, …) and Algerian/Tunisian ({@code ar_DZ}: جانفي,
     * فيفري, …) forms, Urdu, Persian and Pashto; plus spellings pages use that CLDR does not list.
     */
    private static final Map<String, Integer> NAMED_MONTHS = monthNames(new com.ibm.icu.util.GregorianCalendar(),
            List.of("ar", "ar_SY", "ar_MA", "ar_DZ", "ur", "fa", "ps"), Map.ofEntries(
                    Map.entry("ابريل", 4), Map.entry("إبريل", 4), Map.entry("يونيه", 6), Map.entry("يوليه", 7),
                    Map.entry("اغسطس", 8), Map.entry("اكتوبر", 10), Map.entry("ژانویهٔ", 1), Map.entry("فوریهٔ", 2),
                    Map.entry("می", 5), Map.entry("ژوئیهٔ", 7), Map.entry("جولای", 7), Map.entry("آگوست", 8)));
    /** The months of the Solar Hijri (Persian) calendar, by month number, from ICU4J's {@code fa} data. */
    private static final Map<String, Integer> SOLAR_HIJRI_MONTHS = monthNames(new com.ibm.icu.util.PersianCalendar(),
            List.of("fa"), Map.of("امرداد", 5));

    /**
     * @return month name to month number (1–12) for {@code calendar} in each locale (format and standalone,
     *     wide forms), plus {@code extra}
     * @throws IllegalStateException when two sources give one name different months
     */
    private static Map<String, Integer> monthNames(com.ibm.icu.util.Calendar calendar, List<String> locales,
            Map<String, Integer> extra) {
        Map<String, Integer> m = new java.util.HashMap<>(extra);
        for (String l : locales) {
            com.ibm.icu.text.DateFormatSymbols sym = new com.ibm.icu.text.DateFormatSymbols(calendar, new com.ibm.icu.util.ULocale(l));
            for (int ctx : new int[] {com.ibm.icu.text.DateFormatSymbols.FORMAT, com.ibm.icu.text.DateFormatSymbols.STANDALONE}) {
                String[] names = sym.getMonths(ctx, com.ibm.icu.text.DateFormatSymbols.WIDE);
                for (int i = 0; i < 12; i++) {
                    Integer before = m.put(names[i], i + 1);
                    if (before != null && before != i + 1) {
                        throw new IllegalStateException("month name " + names[i] + " is month " + before + " and " + (i + 1));
                    }
                }
            }
        }
        return Map.copyOf(m);
    }

    private static final Pattern SOLAR_HIJRI_DMY = Pattern.compile("(?<![\\d\\p{L}])(\\d{1,2})\\s+("
            + SOLAR_HIJRI_MONTHS.keySet().stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                    .collect(java.util.stream.Collectors.joining("|"))
            + ")(?:\\s*ماه)?\\s*[,،]?\\s+(1[34]\\d\\d)(?!\\d)");
    /** Year first with slashes or dots: 2024/03/12, or a Solar Hijri ۱۴۰۲/۰۵/۱۲ when the year is 1300–1499. */
    private static final Pattern NUMERIC_YMD = Pattern.compile("(?<!\\d)(\\d{4})\\s*[/.]\\s*(\\d{1,2})\\s*[/.]\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern NAMED_DMY = Pattern.compile("(?<!\\d)(\\d{1,2})\\s+("
            + NAMED_MONTHS.keySet().stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                    .collect(java.util.stream.Collectors.joining("|"))
            + ")\\s*[,،]?\\s+(\\d{4})(?!\\d)");

    private final LocalDate notAfter;
    private final boolean monthFirst;

    /** @param notAfter the latest acceptable calendar date (the fetch date, plus a day for time zones) */
    public DateParser(LocalDate notAfter) {
        this(notAfter, false);
    }

    /**
     * @param notAfter the latest acceptable calendar date (the fetch date, plus a day for time zones)
     * @param monthFirst whether a numeric date whose two first numbers could each be the month is read month first
     *     ({@code 06/04/2024} as June 4): the page is written for the United States ({@link #writesMonthFirst})
     */
    public DateParser(LocalDate notAfter, boolean monthFirst) {
        this.notAfter = notAfter;
        this.monthFirst = monthFirst;
    }

    /**
     * @param languageTag the page's declared language ({@code <html lang>}), or null
     * @return whether it names US English ({@code en-US}, any case, {@code _} too), whose numeric dates put the month
     *     first; other pages, and pages that say only {@code en}, are read day first, as most of the world writes
     */
    public static boolean writesMonthFirst(String languageTag) {
        return languageTag != null && languageTag.trim().replace('_', '-').toLowerCase(Locale.ROOT).startsWith("en-us");
    }

    /**
     * Parses a machine-readable value (JSON-LD, meta content, {@code <time datetime>}).
     *
     * @param raw the value as the page writes it; null reads as no date
     * @return the date, or empty when unparseable or out of range
     */
    public Optional<PageDate> parseStructured(String raw, DateSource source) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = signs(digitsToAscii(collapse(raw)));
        Matcher m = ISO.matcher(s);
        if (m.find() && m.start() <= 2) {
            return iso(raw, source, m).filter(this::inRange);
        }
        try {
            ZonedDateTime z = ZonedDateTime.parse(rfc822Zone(s), DateTimeFormatter.RFC_1123_DATE_TIME);
            return Optional.of(new PageDate(raw, source, z.toOffsetDateTime(), null, null)).filter(this::inRange);
        } catch (DateTimeParseException ignored) {
            // not an HTTP date
        }
        return parseText(raw, source);
    }

    /**
     * Zone names as offsets: RFC 822's (§5.1: UT, GMT and the North American ones), which Java's RFC 1123 formatter
     * does not read but for GMT, and the abbreviations of other zones whose name is unambiguous on news sites (BST, IST,
     * AST and ET are left out: British Summer or Bangladesh; India, Ireland or Israel; Atlantic or Arabia; and a zone
     * whose offset the date alone does not tell). In an RFC 1123 date, CST and PST are RFC 822's, the United States';
     * ISO-like dates read fewer names ({@link #ISO_ZONE_NAMES}). A date with a name not here keeps its local time.
     */
    private static final java.util.Map<String, String> ZONE_NAMES = java.util.Map.ofEntries(java.util.Map.entry("UT", "+0000"),
            java.util.Map.entry("UTC", "+0000"), java.util.Map.entry("GMT", "+0000"), java.util.Map.entry("EST", "-0500"),
            java.util.Map.entry("EDT", "-0400"), java.util.Map.entry("CST", "-0600"), java.util.Map.entry("CDT", "-0500"),
            java.util.Map.entry("MST", "-0700"), java.util.Map.entry("MDT", "-0600"), java.util.Map.entry("PST", "-0800"),
            java.util.Map.entry("PDT", "-0700"), java.util.Map.entry("AKST", "-0900"), java.util.Map.entry("AKDT", "-0800"),
            java.util.Map.entry("HST", "-1000"), java.util.Map.entry("WET", "+0000"), java.util.Map.entry("WEST", "+0100"),
            java.util.Map.entry("CET", "+0100"), java.util.Map.entry("CEST", "+0200"),
            java.util.Map.entry("EET", "+0200"), java.util.Map.entry("EEST", "+0300"), java.util.Map.entry("MSK", "+0300"),
            java.util.Map.entry("PKT", "+0500"), java.util.Map.entry("WIB", "+0700"), java.util.Map.entry("HKT", "+0800"),
            java.util.Map.entry("SGT", "+0800"), java.util.Map.entry("AWST", "+0800"), java.util.Map.entry("JST", "+0900"),
            java.util.Map.entry("KST", "+0900"), java.util.Map.entry("ACST", "+0930"), java.util.Map.entry("ACDT", "+1030"),
            java.util.Map.entry("AEST", "+1000"), java.util.Map.entry("AEDT", "+1100"), java.util.Map.entry("NZST", "+1200"),
            java.util.Map.entry("NZDT", "+1300"));

    /** @return {@code s} with a final zone name ({@code Fri, 13 Aug 2010 16:08:00 EST}, {@link #ZONE_NAMES}) written as its offset */
    private static String rfc822Zone(String s) {
        int space = s.lastIndexOf(' ');
        String offset = space < 0 ? null : ZONE_NAMES.get(s.substring(space + 1));
        return offset == null ? s : s.substring(0, space + 1) + offset;
    }

    /**
     * Finds a date in visible text ("٢٣/٠٦/٢٠٢٤", "June 4, 2024", "4 June 2024"); day first for
     * numeric dates unless the day would exceed 12 only as a month-first reading (month first, the other way round,
     * for a parser made for US pages). Only the first
     * {@value #MAX_INPUT_CHARS} chars (whitespace collapsed) are read.
     *
     * @param raw the text; null reads as no date
     * @return the earliest plausible date in the text; a plain date unless written in ISO form
     */
    public Optional<PageDate> parseText(String raw, DateSource source) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = signs(digitsToAscii(collapse(raw)));
        // Every textual form proposes its matches; the earliest plausible one in the text wins.
        PageDate best = null;
        int bestAt = Integer.MAX_VALUE;
        for (TextForm form : textForms(raw, source)) {
            Matcher m = form.pattern().matcher(s);
            while (m.find() && m.start() < bestAt) {
                Optional<PageDate> d = form.read().apply(m);
                if (d.isPresent()) {
                    best = d.get();
                    bestAt = m.start();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** A way dates are written in text, and how to read a match of it. */
    private record TextForm(Pattern pattern, java.util.function.Function<Matcher, Optional<PageDate>> read) {
    }

    private List<TextForm> textForms(String raw, DateSource source) {
        return List.of(
                new TextForm(ISO, m -> iso(raw, source, m).filter(this::inRange)),
                new TextForm(NUMERIC_DMY, m -> {
                    int a = Integer.parseInt(m.group(1));
                    int b = Integer.parseInt(m.group(2));
                    int y = Integer.parseInt(m.group(3));
                    if (monthFirst) {
                        return a <= 12 ? date(raw, source, y, a, b) : date(raw, source, y, b, a);
                    }
                    return a > 12 || b <= 12 ? date(raw, source, y, b, a) : date(raw, source, y, a, b);
                }),
                new TextForm(TEXT_MDY, m -> date(raw, source, Integer.parseInt(m.group(3)),
                        MONTHS.get(m.group(1).toLowerCase(Locale.ROOT)), Integer.parseInt(m.group(2)))),
                new TextForm(NAMED_DMY, m -> date(raw, source, Integer.parseInt(m.group(3)), NAMED_MONTHS.get(m.group(2)),
                        Integer.parseInt(m.group(1)))),
                new TextForm(TEXT_DMY, m -> date(raw, source, Integer.parseInt(m.group(3)),
                        MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)), Integer.parseInt(m.group(1)))),
                new TextForm(SOLAR_HIJRI_DMY, m -> solarHijri(raw, source, Integer.parseInt(m.group(3)),
                        SOLAR_HIJRI_MONTHS.get(m.group(2)), Integer.parseInt(m.group(1)))),
                new TextForm(NUMERIC_YMD, m -> {
                    int y = Integer.parseInt(m.group(1));
                    int mo = Integer.parseInt(m.group(2));
                    int d = Integer.parseInt(m.group(3));
                    return y >= 1300 && y < 1500 ? solarHijri(raw, source, y, mo, d) : date(raw, source, y, mo, d);
                }));
    }

    /** Whitespace collapsed and length capped, so no pattern backtracks over a huge value. */
    private static String collapse(String raw) {
        String s = raw.length() > MAX_INPUT_CHARS * 4 ? raw.substring(0, MAX_INPUT_CHARS * 4) : raw;
        s = s.replaceAll("\\s+", " ").trim();
        return s.length() > MAX_INPUT_CHARS ? s.substring(0, MAX_INPUT_CHARS) : s;
    }

    private Optional<PageDate> date(String raw, DateSource source, int y, int month, int day) {
        try {
            return Optional.of(new PageDate(raw, source, null, null, LocalDate.of(y, month, day))).filter(this::inRange);
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A Solar Hijri date, converted to the Gregorian calendar with ICU4J's {@link com.ibm.icu.util.PersianCalendar}
     * (the arithmetic Persian calendar; its leap years match the official astronomical one from 1178 to 1633 SH).
     */
    private Optional<PageDate> solarHijri(String raw, DateSource source, int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > (month <= 6 ? 31 : 30)) {
            return Optional.empty();
        }
        com.ibm.icu.util.PersianCalendar cal = new com.ibm.icu.util.PersianCalendar(com.ibm.icu.util.TimeZone.GMT_ZONE);
        cal.setLenient(false);
        cal.clear();
        cal.set(year, month - 1, day);
        try {
            long julianDay = cal.get(com.ibm.icu.util.Calendar.JULIAN_DAY);
            LocalDate gregorian = LocalDate.ofEpochDay(julianDay - JULIAN_DAY_OF_EPOCH);
            return Optional.of(new PageDate(raw, source, null, null, gregorian)).filter(this::inRange);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // Esfand 30 of a common year
        }
    }

    /** Julian day number of 1970-01-01. */
    private static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;

    private static Optional<PageDate> iso(String raw, DateSource source, Matcher m) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return Optional.of(new PageDate(raw, source, null, null, d));
            }
            int hour = Integer.parseInt(m.group(4));
            if (m.group(7) != null && hour >= 1 && hour <= 12) { // a 12-hour clock: 12 AM is midnight, 12 PM noon
                hour = hour % 12 + (m.group(7).equalsIgnoreCase("p") ? 12 : 0);
            } // (13:00 PM, 00:30 AM: a 24-hour clock with a needless AM/PM, as PHP's "H:i A" writes)
            LocalDateTime t = d.atTime(hour, Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            String zone = m.group(8);
            ZoneOffset offset = zone == null ? null : offset(zone);
            return Optional.of(offset == null ? new PageDate(raw, source, null, t, null)
                    : new PageDate(raw, source, OffsetDateTime.of(t, offset), null, null));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** @return the offset a zone of {@link #ISO} says, or null when it says none that exists ({@code +99:99}): the time stays local */
    private static ZoneOffset offset(String zone) {
        if (zone.equals("Z")) {
            return ZoneOffset.UTC;
        }
        int sign = Math.max(zone.indexOf('+'), zone.indexOf('-'));
        String text = sign >= 0 ? zone.substring(sign) : ZONE_NAMES.get(zone);
        try {
            return text == null ? null : ZoneOffset.of(normalizeOffset(text));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /**
     * @return {@code s} with a Unicode minus before a digit, or an en dash after UTC or GMT, written as a hyphen-minus
     *     ({@code UTC−05:00}, {@code GMT–5})
     */
    static String signs(String s) {
        if (s.indexOf('\u2212') < 0 && s.indexOf('\u2013') < 0) {
            return s;
        }
        // (an en dash elsewhere joins a range: "10:00–11:30" is no offset)
        return s.replaceAll("\u2212(?=\\d)", "-").replaceAll("(?<=UTC|GMT|UT)\\s?\u2013(?=\\d)", "-");
    }

    /** @return an offset ({@code +8}, {@code +08}, {@code +830}, {@code +0800}, {@code +08:00}) as {@code +08:00} */
    private static String normalizeOffset(String z) {
        String digits = z.substring(1).replace(":", "").replace(".", "");
        if (digits.length() == 1 || digits.length() == 3) {
            z = z.charAt(0) + "0" + digits;
        } else {
            z = z.charAt(0) + digits;
        }
        if (z.length() == 3) {
            return z + ":00";
        }
        if (z.length() == 5) {
            return z.substring(0, 3) + ":" + z.substring(3);
        }
        return z;
    }

    private boolean inRange(PageDate d) {
        LocalDate day = d.date();
        return !day.isBefore(EARLIEST) && !day.isAfter(notAfter);
    }

    /** @return {@code s} with every Unicode decimal digit replaced by its ASCII digit */
    public static String digitsToAscii(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 127 && Character.isDigit(c)) {
                if (sb == null) {
                    sb = new StringBuilder(s);
                }
                sb.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
            }
        }
        return sb == null ? s : sb.toString();
    }
}
