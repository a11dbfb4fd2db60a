package newsflow.core.clean;

import org.jsoup.nodes.Element;

/**
 * The linked-prose exception of {@link BlockLabeller}'s link-density rule: a sentence of the story that cites its
 * sources in long links is the story's, not a link line.
 */
final class LinkedProse {
    private LinkedProse() {
    }

    /** Most link density of a paragraph read as linked prose ({@link #isLinkedProse}). */
    static final double LINKED_PROSE_DENSITY = 0.75;
    /** Fewest UTF-16 chars outside links of a paragraph read as linked prose ({@link #isLinkedProse}). */
    static final int LINKED_PROSE_OWN_CHARS = 30;

    /**
     * @return whether {@code s} is a sentence of the story that cites its sources in long links ("The suspect was convicted
     *     and sentenced to life in federal prison last Thursday.", its last nine words a link): a paragraph of the main
     *     region, with prose of its own besides its links (at least {@value #LINKED_PROSE_OWN_CHARS} chars, at most {@value #LINKED_PROSE_DENSITY}
     *     of it linked), that ends as a sentence ends. Link lines ("Also: See our coverage", "Tags: …", a teaser's
     *     headline) do not end so.
     */
    static boolean isLinkedProse(Segment s) {
        return s.inMain && s.kind == BlockKind.PARAGRAPH && s.linkDensity() <= LINKED_PROSE_DENSITY
                && s.text.length() - s.linkChars >= LINKED_PROSE_OWN_CHARS && Texts.endsSentence(s.text) && linksInsideSentences(s.owner);
    }

    /** Signs that end a sentence or a label: a link right after one starts a line of its own ("More: …", "Have a tip? …"). */
    private static final String LABEL_ENDS = ":?!.|•·›»：？！。؟۔।";
    /** Words of a link that opens a sentence as its subject ("Prime Minister Shehbaz Sharif told reporters …"), at most. */
    static final int SUBJECT_LINK_WORDS = 4;
    /** An abbreviation's final dot, which ends no sentence: "U.S.", "Dr.", "St.". */
    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile(
            "(?:^|[\\s(])(?:\\p{Lu}\\.){1,3}$|(?:^|[\\s(])(?:Dr|Mr|Mrs|Ms|St|Sen|Rep|Gov|Gen|Col|Lt|Prof|Inc|Co|Corp|No|vs)\\.$");

    /**
     * @return whether every link of {@code block} continues a sentence: no link follows a colon, a sentence's end or a
     *     separator ("Catch up on our coverage: …", "Have a news tip? Send it …", "Prices may change. Buy it at …"), an
     *     abbreviation's dot aside ("the U.S. Department of …"); and a link that opens the block is its sentence's
     *     subject — at most {@value #SUBJECT_LINK_WORDS} words, and the text after it goes on in lower case or in a script
     *     without case — not a teaser's headline or a bio's linked name before a sentence of its own
     */
    private static boolean linksInsideSentences(Element block) {
        StringBuilder before = new StringBuilder(); // the visible text so far (only its end is read: linear in the block)
        boolean[] inside = {true};
        // 0: no text yet; 1: right after the opening link, before any text; 2: past it
        int[] state = {0};
        block.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof Element e && e != block && e.nameIs("a")) {
                    String linkText = e.text();
                    if (linkText.isBlank()) {
                        return FilterResult.SKIP_ENTIRELY; // an anchor, or an image's link: no text, nothing linked
                    }
                    int last = lastVisible(before);
                    if (last < 0) {
                        if (state[0] != 0 || Texts.words(linkText, SUBJECT_LINK_WORDS) > SUBJECT_LINK_WORDS) {
                            inside[0] = false;
                            return FilterResult.STOP;
                        }
                        state[0] = 1;
                    } else if (LABEL_ENDS.indexOf(before.charAt(last)) >= 0
                            && !ABBREVIATION.matcher(before.substring(Math.max(0, last - 11), last + 1).strip()).find()) {
                        inside[0] = false;
                        return FilterResult.STOP;
                    } else {
                        state[0] = 2;
                    }
                    before.append(linkText).append(' ');
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof org.jsoup.nodes.TextNode t) {
                    String text = t.getWholeText();
                    if (state[0] == 1 && !text.isBlank()) {
                        String rest = text.strip();
                        if (Character.isUpperCase(rest.codePointAt(0))) {
                            inside[0] = false; // a headline, then a sentence of its own
                            return FilterResult.STOP;
                        }
                        state[0] = 2;
                    }
                    before.append(text);
                }
                return FilterResult.CONTINUE;
            }
        });
        return inside[0];
    }

    /** @return the index of the last char of {@code s} that is not white space, or -1 */
    private static int lastVisible(CharSequence s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (!Character.isWhitespace(s.charAt(i)) && !Character.isSpaceChar(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
