package newsflow.core.clean;

import java.util.List;

/** The closing-contact rule of {@link BlockLabeller}: the author's e-mail line at the story's end ({@code contact}). */
final class ClosingContacts {
    private ClosingContacts() {
    }

    /** Words of a closing contact line, at most. */
    static final int CONTACT_WORDS = 30;
    /** Blocks from the end looked at, at most: a contact line closes the story. */
    static final int CLOSING_BLOCKS = 4;
    /** Words besides its e-mail address of a sign-off that is a name and an address ("최윤호 기자 uknow@donga.com"), at most. */
    static final int SIGN_OFF_WORDS = 3;
    /**
     * An e-mail address (RFC 5322's dot-atom form, Unicode letters allowed as in RFC 6531), its parts bounded as RFC 5321
     * bounds them (64 chars before the {@code @}, 63 a label), so a search never backtracks over a whole block.
     */
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile(
            "[\\p{L}\\p{N}._%+-]{1,64}@[\\p{L}\\p{N}-]{1,63}(?:\\.[\\p{L}\\p{N}-]{1,63}){0,8}\\.\\p{L}{2,24}");

    /**
     * @return whether {@code name} occurs in {@code text} as whole words, in any case: author "Ali" is not in "quality"
     */
    static boolean containsWords(String text, String name) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        String n = name.toLowerCase(java.util.Locale.ROOT).strip();
        for (int at = t.indexOf(n); at >= 0 && !n.isEmpty(); at = t.indexOf(n, at + 1)) {
            int end = at + n.length();
            if ((at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1))) && (end == t.length() || !Character.isLetterOrDigit(t.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return whether what a closing line says besides its address is a signature: nothing, or a name and a title, each
     *     word capitalized or in a script without case ("최윤호 기자"), no sentence ("Anyone with information should email")
     */
    private static boolean isSignOff(String rest) {
        if (rest.indexOf(':') >= 0 || rest.indexOf('?') >= 0 || rest.indexOf('؟') >= 0 || Texts.words(rest, SIGN_OFF_WORDS) > SIGN_OFF_WORDS) {
            return false; // "Applications: …", "Questions? Email …", "للاستفسار: …"
        }
        for (String w : rest.split("[\\s,.:;|()·•\\-–—]+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Marks the story's closing contact lines ({@code contact}): among the last {@value #CLOSING_BLOCKS} blocks not labelled
     * boilerplate, after the story's last paragraph of prose ({@value BlockLabeller#PROSE_LETTERS} letters or more), one of
     * at most {@value #CONTACT_WORDS} words that holds an e-mail address and either names one of the page's authors, as
     * whole words ("Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik", "Amy Kuperinsky may be reached at
     * …"), or is a sign-off of a name and an address (at most {@value #SIGN_OFF_WORDS} other words, none in lower case,
     * no colon or question mark: "최윤호 기자 uknow@donga.com"). A closing line that gives readers an address without
     * naming an author — police asking for tips, "Questions? Email …", "للاستفسار: …" — is the story's.
     */
    static void label(List<Segment> segments, List<String> authors) {
        int seen = 0;
        for (int i = segments.size() - 1; i >= 0 && seen < CLOSING_BLOCKS; i--) {
            Segment s = segments.get(i);
            if (s.isBoilerplate()) {
                continue;
            }
            seen++;
            if (s.letters() >= BlockLabeller.PROSE_LETTERS) {
                return;
            }
            if (s.text.indexOf('@') < 0 || s.text.length() > 20 * CONTACT_WORDS) {
                continue;
            }
            java.util.regex.Matcher m = EMAIL.matcher(s.text);
            if (!m.find() || Texts.words(s.text, CONTACT_WORDS) > CONTACT_WORDS) {
                continue;
            }
            String rest = (s.text.substring(0, m.start()) + " " + s.text.substring(m.end())).strip();
            boolean namesAuthor = false;
            for (String a : authors) {
                namesAuthor |= a.length() >= 3 && containsWords(s.text, a);
            }
            if (namesAuthor || isSignOff(rest)) {
                s.boilerplate("contact", 0.7);
            }
        }
    }
}
