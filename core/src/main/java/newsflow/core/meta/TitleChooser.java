package newsflow.core.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import newsflow.core.clean.Texts;

/**
 * Chooses the headline among a page's title candidates and removes the site-name suffix (or prefix)
 * from {@code <title>}-like strings without cutting headlines that contain dashes themselves: a
 * candidate that other candidates confirm wins; a {@code <title>} is only cut at a separator when the
 * cut-off part is the site's name (og:site_name, the JSON-LD publisher, the host) or when another
 * candidate equals the remaining part.
 */
public final class TitleChooser {
    private static final Pattern SEPARATORS = Pattern.compile("\\s+[|\\-–—:·•»«/]\\s+|\\s*[|·•»«]\\s*|:\\s+");

    private TitleChooser() {
    }

    /**
     * @param c the candidates
     * @param siteNames names the site goes by (og:site_name, publisher, host labels), any case
     * @return the headline, Unicode NFC, whitespace collapsed; null when the page has no title at all
     */
    public static String choose(TitleCandidates c, List<String> siteNames) {
        String h1 = clean(c.h1());
        String og = stripSite(clean(c.ogTitle()), siteNames, List.of());
        String ld = stripSite(clean(c.jsonLdHeadline()), siteNames, List.of());
        String tag = clean(c.titleTag());
        List<String> others = new ArrayList<>();
        for (String s : new String[] {h1, og, ld}) {
            if (s != null) {
                others.add(s);
            }
        }
        String tagStripped = stripSite(tag, siteNames, others);
        if (h1 != null && (same(h1, og) || same(h1, ld) || same(h1, tagStripped) || contains(tag, h1))) {
            return h1;
        }
        if (og != null && (same(og, ld) || same(og, tagStripped))) {
            return og;
        }
        if (ld != null) {
            return ld;
        }
        if (og != null) {
            return og;
        }
        if (h1 != null && tagStripped == null) {
            return h1;
        }
        return tagStripped != null ? tagStripped : h1;
    }

    static String stripSite(String title, List<String> siteNames, List<String> confirmed) {
        if (title == null) {
            return null;
        }
        for (String other : confirmed) {
            if (same(title, other)) {
                return title;
            }
        }
        List<int[]> cuts = new ArrayList<>();
        var m = SEPARATORS.matcher(title);
        while (m.find()) {
            cuts.add(new int[] {m.start(), m.end()});
        }
        if (cuts.isEmpty()) {
            return title;
        }
        // A part confirmed by another candidate wins outright.
        for (String other : confirmed) {
            for (int[] cut : cuts) {
                if (same(title.substring(0, cut[0]), other) || same(title.substring(cut[1]), other)) {
                    return other;
                }
            }
        }
        // Drop trailing site-name parts ("Headline | Section | Site"), then a leading one ("Site: Headline").
        int end = title.length();
        int last = cuts.size() - 1;
        while (last >= 0 && isSiteName(title.substring(cuts.get(last)[1], end), siteNames)) {
            end = cuts.get(last)[0];
            last--;
        }
        String head = title.substring(0, end).trim();
        if (last >= 0) {
            String lead = title.substring(0, cuts.get(0)[0]);
            String rest = title.substring(cuts.get(0)[1], end).trim();
            // a leading name is cut only when a headline remains, not one word: "Big | Site" on big.example stays whole
            int restWords = newsflow.core.clean.Texts.words(rest);
            if (isSiteName(lead, siteNames) && (restWords >= 2 || restWords > newsflow.core.clean.Texts.words(lead.trim()))) {
                head = rest;
            }
        }
        return head.isEmpty() ? title : head;
    }

    /** @return whether {@code part} is one of the site's names (any case, spaces and punctuation aside) */
    static boolean isSiteName(String part, List<String> siteNames) {
        String p = fold(part);
        if (p.isEmpty()) {
            return false;
        }
        for (String name : siteNames) {
            String n = fold(name);
            if (!n.isEmpty() && (p.equals(n) || p.replace(" ", "").equals(n.replace(" ", "")))) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && fold(a).equals(fold(b));
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && needle != null && needle.length() >= 8 && fold(haystack).contains(fold(needle));
    }

    /** @return {@code s} cleaned, lower-cased, with each run of punctuation, symbols and spaces turned to one space, trimmed */
    private static String fold(String s) {
        String lower = Texts.clean(s).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ' || isPunctuationOrSymbol(cp)) {
                gap = true;
                continue;
            }
            if (gap && sb.length() > 0) {
                sb.append(' ');
            }
            gap = false;
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    /** @return whether {@code cp} is in a Unicode punctuation (P*) or symbol (S*) category */
    private static boolean isPunctuationOrSymbol(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    private static String clean(String s) {
        String c = Texts.clean(s);
        return c.isEmpty() ? null : c;
    }
}
