package newsflow.core.meta;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the next page of a split article from the next article, by their URLs. Both are marked {@code rel=next}: a
 * split article's pager, and a blog's link to its next post (WordPress's post navigation: ten of the 121 benchmark
 * pages carry one, none of them split). A URL continues another when it adds or counts up a page number where
 * pagers put one, and changes nothing else that names the article:
 * <ul>
 *   <li>a pager parameter, the path the same: {@code ?page=2}, {@code &pg=3}, {@code ?start=15} → {@code 30}, {@code
 *       limitstart}, {@code offset}, {@code pagewanted}, Bitrix's {@code PAGEN_1}, Drupal's {@code ?page=0,1};</li>
 *   <li>a path segment after the article's path: {@code /story/2/}, {@code /story/page/2/}, {@code /thread.123/page-2},
 *       {@code /story/2.html}, or the last one counted up: {@code /story/2/} → {@code /story/3/};</li>
 *   <li>a page number at the end of a file name that has an extension: {@code c_1125245678.htm} → {@code
 *       c_1125245678_2.htm}, {@code story.html} → {@code story-page-2.html}, {@code slug,3350123,seite2.html}, {@code
 *       index.htm} → {@code index_1.htm}. Without an extension only after a pager word ({@code story-page-2}): WordPress
 *       names a second post with a slug already taken {@code open-thread-2}.</li>
 * </ul>
 * Numbers inside a slug or a date path ({@code /podcast-episode-41/} → {@code -42/}, {@code /2019/11/18/briefing/} →
 * {@code /2019/11/19/briefing/}) and IDs ({@code ?p=123} → {@code ?p=124}) name other articles. Hosts are not compared
 * (the caller checks the site); query parameters are compared by name, in any order; parameters only the first URL has
 * (a feed's {@code xtor}, {@code utm_*}) and {@code ;jsessionid} path parameters are passed over; a trailing {@code
 * index.*} or {@code default.*} names its folder. Digits of any script count ({@code صفحه-۲}).
 */
final class Pagination {
    /** Query parameters that carry a page number or an offset (lower case; {@code pagen_N} too). */
    static final Set<String> PAGER_PARAMETERS = Set.of("page", "pg", "paged", "pagina", "seite", "strona", "sayfa", "pagewanted",
            "start", "limitstart", "offset", "pn", "pageno", "pagenum", "currentpage", "npage", "صفحة", "صفحه");
    /** Words a pager writes before the page number in a path. */
    static final Set<String> PAGER_WORDS = Set.of("page", "p", "pg", "pagina", "seite", "strona", "sayfa", "pagewanted", "صفحة",
            "صفحه", "صفحہ", "पेज", "पृष्ठ");
    /** Digits of a page number, at most: longer numbers are IDs. */
    static final int PAGE_NUMBER_DIGITS = 3;
    /** Parameters a next page may add that say nothing of the article (lower case; {@code utm_*} too). */
    /**
     * Parameters passed over when comparing a page's URL with its next page's, besides those the frontier removes
     * ({@link newsflow.core.UrlNormalizer#isTrackingParameter}): campaign tags too generic for the normalizer to drop
     * from every URL ({@code from} and {@code source} can select content), but that a pager link never carries on.
     */
    private static final Set<String> TRACKING = Set.of("xtor", "from", "cmp", "source");
    private static final Pattern INDEX_FILE = Pattern.compile("(?:index|default)\\.\\w+");
    /** A path segment that is a page: a number, or a pager word and a number ({@code page2}, {@code page-2}). */
    private static final Pattern PAGE_SEGMENT = Pattern.compile("(?:([\\p{L}\\p{M}]+)[-_]?)?(\\p{Nd}+)(?:\\.\\w+)?");

    private Pagination() {
    }

    /**
     * @param url the page's absolute URL
     * @param next the absolute URL of the page its {@code rel=next} names
     * @return whether {@code next} is a following page of the same article (or listing), by the rules above; false
     *     when either does not parse as a URI
     */
    static boolean continues(String url, String next) {
        Parts a = Parts.of(url);
        Parts b = Parts.of(next);
        if (a == null || b == null) {
            return false;
        }
        if (a.segments.equals(b.segments)) {
            return pagerParameterAdvances(a.query, b.query);
        }
        return sameArticleParameters(a.query, b.query) && pagerSegmentAdvances(a.segments, b.segments);
    }

    /** @return whether {@code b} counts up or adds a pager parameter of {@code a}, and changes no other that both have */
    private static boolean pagerParameterAdvances(Map<String, String> a, Map<String, String> b) {
        boolean advanced = false;
        for (Map.Entry<String, String> e : b.entrySet()) {
            String name = e.getKey();
            String before = a.get(name);
            if (isPagerParameter(name)) {
                long was = before == null ? -1 : lastNumber(before);
                long now = lastNumber(e.getValue());
                if (now < 0 || (before != null && (was < 0 || now <= was))) {
                    return false;
                }
                advanced = true;
            } else if (before != null && !before.equals(e.getValue())) {
                return false;
            }
        }
        for (String name : a.keySet()) {
            if (isPagerParameter(name) && !b.containsKey(name)) {
                return false; // back to the first page
            }
        }
        return advanced;
    }

    /** @return whether {@code b} keeps the parameters {@code a} has, and adds only tracking ones */
    private static boolean sameArticleParameters(Map<String, String> a, Map<String, String> b) {
        for (Map.Entry<String, String> e : b.entrySet()) {
            String before = a.get(e.getKey());
            if (before == null ? !isTracking(e.getKey()) : !before.equals(e.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static boolean pagerSegmentAdvances(List<String> a, List<String> b) {
        // a segment, or a pager word and a number, after the article's path: /story/2/, /story/page/2/
        if (b.size() > a.size() && b.subList(0, a.size()).equals(a)) {
            List<String> added = b.subList(a.size(), b.size());
            return (added.size() == 1 && (isPageSegment(added.get(0)) || isIndexPage(added.get(0))))
                    || (added.size() == 2 && PAGER_WORDS.contains(added.get(0)) && isNumber(added.get(1)));
        }
        // /story.html → /story/2.html
        if (b.size() == a.size() + 1 && !a.isEmpty() && b.subList(0, a.size() - 1).equals(a.subList(0, a.size() - 1))
                && stem(a.get(a.size() - 1)).equals(b.get(a.size() - 1)) && isPageSegment(b.get(b.size() - 1))) {
            return true;
        }
        if (b.size() != a.size() || a.isEmpty() || !b.subList(0, a.size() - 1).equals(a.subList(0, a.size() - 1))) {
            return false;
        }
        String x = a.get(a.size() - 1);
        String y = b.get(b.size() - 1);
        // the last segment counted up: /story/2/ → /story/3/, /page/99/ → /page/100/
        if (isNumber(x) && isNumber(y)) {
            return number(y) == number(x) + 1 && x.length() <= PAGE_NUMBER_DIGITS;
        }
        return pagerSuffixAdvances(x, y);
    }

    /**
     * @return whether file name {@code y} is {@code x} with a page number added before the extension, or counted up:
     *     {@code c_123.htm} → {@code c_123_2.htm} → {@code c_123_3.htm}; a name without an extension only with a pager
     *     word before the number ({@code story-page-2})
     */
    private static boolean pagerSuffixAdvances(String x, String y) {
        String ext = extension(x);
        if (!ext.equals(extension(y))) {
            return false;
        }
        String sx = x.substring(0, x.length() - ext.length());
        String sy = y.substring(0, y.length() - ext.length());
        Suffix py = Suffix.of(sy);
        if (py == null || (ext.isEmpty() && py.word.isEmpty())) {
            return false;
        }
        if (sx.equals(py.stem)) {
            return py.digits.length() <= PAGE_NUMBER_DIGITS; // the first page has no number
        }
        Suffix px = Suffix.of(sx);
        return px != null && px.stem.equals(py.stem) && px.word.equals(py.word) && px.digits.length() <= PAGE_NUMBER_DIGITS
                && number(py.digits) == number(px.digits) + 1;
    }

    /** A file name's page-number ending: stem, pager word (maybe empty), digits. */
    private record Suffix(String stem, String word, String digits) {
        /** @return {@code s} read as stem, separator, pager word and digits ({@code story-page-2}, {@code c_123_2}, {@code slug1}); null without digits or stem */
        static Suffix of(String s) {
            int i = s.length();
            while (i > 0 && Character.isDigit(s.charAt(i - 1))) {
                i--;
            }
            if (i == s.length()) {
                return null;
            }
            String digits = s.substring(i);
            String rest = s.substring(0, i);
            String bare = rest.endsWith("-") || rest.endsWith("_") ? rest.substring(0, rest.length() - 1) : rest;
            for (String word : PAGER_WORDS) {
                if (bare.endsWith(word) && bare.length() > word.length() && isSeparator(bare.charAt(bare.length() - word.length() - 1))) {
                    return new Suffix(bare.substring(0, bare.length() - word.length() - 1), word, digits);
                }
            }
            String stem = !rest.isEmpty() && isSeparator(rest.charAt(rest.length() - 1)) ? rest.substring(0, rest.length() - 1) : rest;
            return stem.isEmpty() ? null : new Suffix(stem, "", digits);
        }

        private static boolean isSeparator(char c) {
            return c == '-' || c == '_' || c == ',' || c == '.';
        }
    }

    static boolean isPagerParameter(String name) {
        return PAGER_PARAMETERS.contains(name) || name.matches("pagen_\\d+");
    }

    static boolean isTracking(String name) {
        return TRACKING.contains(name) || newsflow.core.UrlNormalizer.isTrackingParameter(name);
    }

    /** @return whether a path segment names a page: a page number (at most {@value #PAGE_NUMBER_DIGITS} digits: longer is an ID), after a pager word or not */
    private static boolean isPageSegment(String s) {
        Matcher m = PAGE_SEGMENT.matcher(s);
        return m.matches() && (m.group(1) == null || PAGER_WORDS.contains(m.group(1))) && m.group(2).length() <= PAGE_NUMBER_DIGITS;
    }

    /** @return whether {@code s} is a folder's index file with a page number: {@code index_2.html} */
    private static boolean isIndexPage(String s) {
        String ext = extension(s);
        Suffix suffix = ext.isEmpty() ? null : Suffix.of(stem(s));
        return suffix != null && suffix.word.isEmpty() && (suffix.stem.equals("index") || suffix.stem.equals("default"));
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(Character::isDigit);
    }

    /** @return the value of a string of digits of any script; -1 when it has more than 18 */
    private static long number(String digits) {
        if (digits.length() > 18) {
            return -1;
        }
        long n = 0;
        for (int i = 0; i < digits.length(); i++) {
            n = 10 * n + Character.digit(digits.charAt(i), 10);
        }
        return n;
    }

    /** @return the last run of digits of a parameter value ({@code 2}, Drupal's {@code 0,1}, SMF's {@code 12345.15}); -1 if none */
    private static long lastNumber(String value) {
        int end = value.length();
        while (end > 0 && !Character.isDigit(value.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isDigit(value.charAt(start - 1))) {
            start--;
        }
        return start == end ? -1 : number(value.substring(start, end));
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && dot < name.length() - 1 && name.substring(dot + 1).chars().allMatch(c -> c < 128 && Character.isLetter(c))
                ? name.substring(dot) : "";
    }

    private static String stem(String name) {
        return name.substring(0, name.length() - extension(name).length());
    }

    /** A URL's path segments and query parameters, percent-decoded, lower case. */
    record Parts(List<String> segments, Map<String, String> query) {
        static Parts of(String url) {
            URI u;
            try {
                u = URI.create(url.trim().replace(" ", "%20").replace("|", "%7C").replace("[", "%5B").replace("]", "%5D"));
            } catch (IllegalArgumentException e) {
                return null;
            }
            List<String> segments = new ArrayList<>();
            String path = u.getPath() == null ? "" : u.getPath().toLowerCase(Locale.ROOT);
            for (String s : path.split("/")) {
                int semicolon = s.indexOf(';');
                String segment = semicolon >= 0 ? s.substring(0, semicolon) : s; // ;jsessionid=…
                if (!segment.isEmpty()) {
                    segments.add(segment);
                }
            }
            if (!segments.isEmpty() && INDEX_FILE.matcher(segments.get(segments.size() - 1)).matches()) {
                segments.remove(segments.size() - 1);
            }
            Map<String, String> query = new LinkedHashMap<>();
            if (u.getRawQuery() != null) {
                for (String pair : u.getRawQuery().split("&")) {
                    if (pair.isEmpty()) {
                        continue;
                    }
                    int eq = pair.indexOf('=');
                    query.put(decode(eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT), eq < 0 ? "" : decode(pair.substring(eq + 1)));
                }
            }
            return new Parts(segments, query);
        }

        private static String decode(String s) {
            try {
                return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return s;
            }
        }
    }
}
