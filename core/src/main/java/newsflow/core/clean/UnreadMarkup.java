package newsflow.core.clean;

/**
 * What of a page's markup newsflow never reads, by name: the attributes {@link RawTextStripper} removes from start tags,
 * and the {@code <link>} relations whose links it removes. Pure; thread-safe.
 */
final class UnreadMarkup {
    private UnreadMarkup() {
    }

    /**
     * Relations of a {@code <link>} that name nothing newsflow reads: style sheets, resource hints, icons and the
     * like. {@code canonical}, {@code alternate} (feeds), {@code next} and {@code author} are read.
     */
    static final String[] UNREAD_RELS = {"stylesheet", "preload", "prefetch", "preconnect", "dns-prefetch",
        "modulepreload", "prerender", "icon", "shortcut", "apple-touch-icon", "apple-touch-icon-precomposed",
        "apple-touch-startup-image", "mask-icon", "manifest", "pingback", "edituri", "wlwmanifest", "https://api.w.org/",
        "amphtml", "shortlink", "profile"};

    /**
     * @return whether the {@code <link>} tag's attributes [from, to) are plain (each a name of ASCII letters, digits,
     *     {@code -}, {@code _}, {@code :} or {@code .} beginning with a letter, with or without a value, quoted or
     *     unquoted, and no character reference or control or non-ASCII byte anywhere) and hold one {@code rel}, whose
     *     value names {@link #UNREAD_RELS} only; anything else is left
     */
    static boolean linksNothingRead(byte[] b, String view, int from, int to) {
        int relStart = -1;
        int relEnd = -1;
        int k = from;
        int end = to - 1; // the '>'
        while (k < end) {
            byte c = b[k];
            if (RawTextStripper.isSpace(c) || c == '/' && (k + 1 == end)) {
                k++;
                continue;
            }
            boolean nameMayBegin = k == from || RawTextStripper.isSpace(b[k - 1]) || b[k - 1] == '"'
                    || b[k - 1] == '\'';
            if (!RawTextStripper.isAsciiLetter(b[k]) || !nameMayBegin) {
                return false;
            }
            int nameStart = k;
            while (k < end && (RawTextStripper.isAsciiLetter(b[k]) || b[k] >= '0' && b[k] <= '9' || b[k] == '-'
                    || b[k] == '_' || b[k] == ':' || b[k] == '.')) {
                k++;
            }
            boolean rel = k - nameStart == 3 && matchesIgnoringCase(b, nameStart, "rel");
            if (rel && relStart >= 0) {
                return false; // (Jsoup keeps the first of two)
            }
            int afterName = k;
            while (k < end && RawTextStripper.isSpace(b[k])) {
                k++;
            }
            int valueStart = k;
            int valueEnd = k;
            if (k < end && b[k] == '=') {
                k++;
                while (k < end && RawTextStripper.isSpace(b[k])) {
                    k++;
                }
                if (k < end && (b[k] == '"' || b[k] == '\'')) {
                    int close = view.indexOf(b[k], k + 1);
                    if (close < 0 || close >= end) {
                        return false;
                    }
                    valueStart = k + 1;
                    valueEnd = close;
                    k = close + 1;
                } else {
                    valueStart = k;
                    while (k < end && !RawTextStripper.isSpace(b[k]) && b[k] != '"' && b[k] != '\'' && b[k] != '='
                            && b[k] != '<' && b[k] != '`') {
                        k++;
                    }
                    valueEnd = k;
                    if (valueEnd == valueStart) {
                        return false;
                    }
                }
            } else {
                k = afterName; // a name without a value
            }
            for (int v = valueStart; v < valueEnd; v++) {
                if (b[v] == '&' || b[v] < 0 || b[v] < ' ' && !RawTextStripper.isSpace(b[v])) {
                    return false;
                }
            }
            if (rel) {
                relStart = valueStart;
                relEnd = valueEnd;
            }
        }
        return relStart >= 0 && namesNothingRead(view.substring(relStart, relEnd));
    }

    /**
     * @param rel a {@code <link>}'s {@code rel} value
     * @return whether it holds at least one relation, and only {@link #UNREAD_RELS} (ASCII case ignored; split at ASCII
     *     white space, as HTML splits it)
     */
    static boolean namesNothingRead(String rel) {
        boolean any = false;
        int n = rel.length();
        for (int i = 0; i < n; ) {
            while (i < n && rel.charAt(i) <= ' ' && RawTextStripper.isSpace((byte) rel.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !(rel.charAt(i) <= ' ' && RawTextStripper.isSpace((byte) rel.charAt(i)))) {
                i++;
            }
            if (i > start) {
                if (!isUnreadRel(rel, start, i)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** @return whether {@code s[from, to)} is one of {@link #UNREAD_RELS}, ignoring ASCII case */
    private static boolean isUnreadRel(String s, int from, int to) {
        for (String name : UNREAD_RELS) {
            if (name.length() == to - from && Texts.regionMatchesAsciiIgnoreCase(s, from, name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Attributes the stripping removes by their whole name, by first letter and length (one array lookup for most
     * names): presentation, loading hints, accessibility labels and SVG geometry, which newsflow never reads and
     * Jsoup's tree builder never looks at (it reads {@code type}, {@code encoding}, {@code color}, {@code face},
     * {@code size}, {@code href}, {@code name}, {@code action}, {@code prompt} and {@code xmlns}, all kept).
     */
    private static final String[][][] DROPPED_NAMES = new String[26][][];
    private static final int LONGEST_DROPPED_NAME = 16;

    static {
        for (String name : new String[] {"alt", "aria-describedby", "aria-label", "aria-labelledby", "async",
            "autocomplete", "clip-rule", "crossorigin", "decoding", "defer", "fetchpriority", "fill", "fill-rule",
            "height", "integrity", "loading", "media", "placeholder", "points", "referrerpolicy", "sizes", "src", "srcset",
            "stroke", "stroke-linecap", "stroke-linejoin", "stroke-width", "tabindex", "target", "title", "transform",
            "value", "viewbox", "width"}) {
            String[][] byLength = DROPPED_NAMES[name.charAt(0) - 'a'];
            if (byLength == null) {
                byLength = DROPPED_NAMES[name.charAt(0) - 'a'] = new String[LONGEST_DROPPED_NAME + 1][];
            }
            String[] same = byLength[name.length()]; // (srcset and stroke share a first letter and a length)
            String[] grown = same == null ? new String[1] : java.util.Arrays.copyOf(same, same.length + 1);
            grown[grown.length - 1] = name;
            byLength[name.length()] = grown;
        }
    }

    /**
     * The attributes {@link RawTextStripper#strip} removes from start tags (but those of the formatting elements {@code b}, {@code i},
     * {@code em}, {@code strong}, {@code font} and the like, whose attributes the tree builder compares): never read by
     * newsflow, and never looked at by Jsoup's tree builder. On the extraction benchmark's pages they are a quarter of
     * what is left once script and style bodies are gone (2.2 of 9 MB), and the parse of the stripped pages takes about
     * 15 % less time without them (the names of {@link #DROPPED_NAMES} but {@code srcset} and {@code sizes}, added
     * last: 0.7 MB, and 78 to 74 ms per pass over the pages).
     *
     * @param name an attribute name as written (compared ignoring ASCII case)
     * @return whether it is {@code data-*}, an event handler {@code on*}, SVG's path geometry {@code d}, or one of
     *     {@link #DROPPED_NAMES} ({@code src}, {@code srcset}, {@code sizes}, {@code alt}, {@code title}, {@code width},
     *     {@code height}, {@code viewBox}, {@code aria-label}, …)
     */
    static boolean dropsAttribute(String name) {
        byte[] bytes = name.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1); // (other chars become '?': no name's)
        return dropsAttribute(bytes, 0, bytes.length);
    }

    /** @return {@link #dropsAttribute(String)} of the name written by the bytes {@code s[from, to)} */
    static boolean dropsAttribute(byte[] s, int from, int to) {
        int len = to - from;
        if (len == 0) {
            return false;
        }
        int first = lower(s[from]);
        if (first == 'd' && (len == 1 || len > 5 && matchesIgnoringCase(s, from, "data-"))
                || first == 'o' && len > 2 && lower(s[from + 1]) == 'n') {
            return true;
        }
        String[][] byLength = first >= 'a' && first <= 'z' && len <= LONGEST_DROPPED_NAME
                ? DROPPED_NAMES[first - 'a'] : null;
        String[] names = byLength == null ? null : byLength[len];
        if (names != null) {
            for (String name : names) {
                if (matchesIgnoringCase(s, from, name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return the byte with ASCII upper-case letters lowered, as an int (a non-ASCII byte stays negative) */
    private static int lower(byte c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    /** @return whether the bytes at {@code from} spell {@code lower} (ASCII, lower case), ASCII case ignored */
    static boolean matchesIgnoringCase(byte[] s, int from, String lower) {
        for (int k = 0; k < lower.length(); k++) {
            if (lower(s[from + k]) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
