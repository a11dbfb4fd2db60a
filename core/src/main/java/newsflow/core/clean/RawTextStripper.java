package newsflow.core.clean;

/**
 * Empties the raw text elements newsflow never reads before the page is decoded and parsed: the bodies of {@code <script>}
 * elements (except JSON-LD, {@code type="application/ld+json"}) and of {@code <style>} elements. About half the
 * characters of a news page are such bodies (28 % scripts, 22 % styles on the extraction benchmark's pages), and
 * Jsoup's tokenizer would copy each into a node that {@link DomPruner} removes unread.
 *
 * <p>The scan follows the tokenizer of the WHATWG HTML standard (§ 13.2.5) far enough to know where a script or
 * style body begins and ends: comments, bogus comments and CDATA sections, start tags with their attributes (quoted
 * values may hold {@code >}), end tags, the RCDATA elements ({@code title}, {@code textarea}) and the other raw text
 * elements ({@code xmp}, {@code iframe}, {@code noembed}, {@code noframes}), whose contents are copied as they are. It
 * also follows what Jsoup's tree builder does with them inside {@code <svg>}, {@code <math>} and {@code <select>},
 * where most of them hold markup. Where the tokenizer's state cannot be followed with certainty — a script body that
 * holds {@code <!--} and then {@code <script} (the double-escaped state, where {@code </script>} does not end it), a
 * {@code <plaintext>} element, a tag, comment or raw text element that never ends — the rest of the page is copied
 * unchanged. So Jsoup's tree of the stripped page is the tree of the page as it came, but for the text of the emptied
 * elements ({@code RawTextStripperTest}, and on every benchmark page {@code RawTextStripperCorpusTest}).
 *
 * <p>It works on the bytes, before decoding, so the emptied bodies are not decoded either. That is exact for every
 * charset that keeps ASCII as single bytes. In the multi-byte ones newsflow reads (UTF-8, GBK, Big5, Shift_JIS,
 * EUC-*), a byte below 0x40 ({@code <}, {@code >}, {@code /}, {@code !}, {@code -}, {@code =}, quotes, spaces) is
 * always a character of its own, and a letter right after a {@code <} is one too. In UTF-16 and UTF-32 no two ASCII
 * characters are adjacent bytes, so no tag name is ever matched and the page is returned as it is. Pure; thread-safe.
 */
public final class RawTextStripper {
    private static final String[] RAW_TEXT = {"script", "style", "title", "textarea", "xmp", "iframe", "noembed",
        "noframes", "plaintext"};
    private static final int BEFORE_NAME = 0;
    private static final int NAME = 1;
    private static final int AFTER_NAME = 2;
    private static final int BEFORE_VALUE = 3;
    private static final int UNQUOTED_VALUE = 4;

    /** The page's bytes. */
    private final byte[] b;
    /** A char-for-byte view of {@link #b}, for the JDK's vectorized {@code String.indexOf}. */
    private final String view;
    /** The next "--!>" at or after the comment being read, -1 when there is none, -2 before the first comment. */
    private int bangClose = -2;
    /** Open {@code <svg>}, {@code <math>} and {@code <select>} elements, as far as their tags say. */
    private int svgDepth;
    private int mathDepth;
    private int selectDepth;

    private RawTextStripper(byte[] body) {
        this.b = body;
        this.view = new String(body, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /**
     * @param body the page's bytes as received
     * @return the bytes with the bodies of the page's scripts (other than JSON-LD) and styles removed; {@code body}
     *     itself when there is nothing to remove
     */
    public static byte[] strip(byte[] body) {
        return new RawTextStripper(body).strip();
    }

    private byte[] strip() {
        int n = b.length;
        int[] cuts = new int[16]; // [from, to) pairs of bytes to drop
        int cutCount = 0;
        int dropped = 0;
        int commentOpen = -2; // the next "<!--" at or after the current script body, -1 when there is none
        int i = 0;
        while ((i = view.indexOf('<', i)) >= 0 && i + 1 < n) {
            byte c = b[i + 1];
            if (c == '!') {
                i = afterMarkupDeclaration(i);
            } else if (c == '/') {
                if (!isAsciiLetter(i + 2)) {
                    i = afterBogusComment(i + 2);
                    continue;
                }
                int nameEnd = tagNameEnd(i + 2);
                if (svgDepth + mathDepth + selectDepth > 0) {
                    leave(i + 2, nameEnd);
                }
                i = afterTag(nameEnd);
            } else if (c == '?') {
                i = afterBogusComment(i + 1);
            } else if (isAsciiLetter(i + 1)) {
                int nameEnd = tagNameEnd(i + 1);
                int tagEnd = afterTag(nameEnd);
                if (tagEnd < 0) {
                    break;
                }
                String name = rawTextName(i + 1, nameEnd);
                if (name != null && svgDepth + mathDepth + selectDepth > 0) {
                    // what Jsoup reads as text inside SVG, MathML and <select>
                    if (mathDepth > 0) {
                        name = null; // nothing: MathML's <script> holds markup too
                    } else if (svgDepth == 0 && name.equals("textarea")) {
                        selectDepth = 0; // a <textarea> closes the <select> and holds text
                    } else if (!name.equals("script")) {
                        name = null; // only scripts
                    }
                }
                if (name == null) {
                    enter(i + 1, nameEnd, tagEnd);
                    i = tagEnd;
                    continue;
                }
                if (name.equals("plaintext")) {
                    break; // the rest of the page is text
                }
                int close = closingTag(tagEnd, name);
                if (close < 0) {
                    break;
                }
                boolean script = name.equals("script");
                if (script) {
                    if (commentOpen != -1 && commentOpen < tagEnd) {
                        commentOpen = view.indexOf("<!--", tagEnd);
                    }
                    if (commentOpen >= 0 && commentOpen < close && opensScript(commentOpen, close)) {
                        break; // a double-escaped script: its first "</script>" may not end it
                    }
                }
                if (close > tagEnd && (name.equals("style") || script && !isJsonLd(nameEnd, tagEnd))) {
                    if (cutCount == cuts.length) {
                        cuts = java.util.Arrays.copyOf(cuts, 2 * cuts.length);
                    }
                    cuts[cutCount++] = tagEnd;
                    cuts[cutCount++] = close;
                    dropped += close - tagEnd;
                }
                i = afterTag(close + 2 + name.length());
            } else {
                i++;
            }
            if (i < 0) {
                break;
            }
        }
        if (cutCount == 0) {
            return b;
        }
        byte[] out = new byte[n - dropped];
        int written = 0;
        int copied = 0;
        for (int k = 0; k < cutCount; k += 2) {
            System.arraycopy(b, copied, out, written, cuts[k] - copied);
            written += cuts[k] - copied;
            copied = cuts[k + 1];
        }
        System.arraycopy(b, copied, out, written, n - copied);
        return out;
    }

    /** Notes a start tag that opens SVG, MathML or a {@code <select>}, where raw text is read otherwise. */
    private void enter(int from, int to, int tagEnd) {
        int len = to - from;
        if (len == 3 && matchesName(from, "svg") && b[tagEnd - 2] != '/') {
            svgDepth++;
        } else if (len == 4 && matchesName(from, "math") && b[tagEnd - 2] != '/') {
            mathDepth++;
        } else if (len == 6 && matchesName(from, "select")) {
            selectDepth++;
        }
    }

    /** Notes an end tag that closes SVG, MathML or a {@code <select>}. */
    private void leave(int from, int to) {
        int len = to - from;
        if (len == 3 && matchesName(from, "svg")) {
            svgDepth = Math.max(0, svgDepth - 1);
        } else if (len == 4 && matchesName(from, "math")) {
            mathDepth = Math.max(0, mathDepth - 1);
        } else if (len == 6 && matchesName(from, "select")) {
            selectDepth = Math.max(0, selectDepth - 1);
        }
    }

    /** @return whether a {@code <script} start tag (any case, then a space, {@code /} or {@code >}) lies in [from, to) */
    private boolean opensScript(int from, int to) {
        int i = from;
        while ((i = view.indexOf('<', i)) >= 0 && i + 7 < to) {
            if (matchesName(i + 1, "script") && isDelimiter(b[i + 7])) {
                return true;
            }
            i++;
        }
        return false;
    }

    /** @return where scanning resumes after the {@code <!} at {@code i}, or -1 when it never ends */
    private int afterMarkupDeclaration(int i) {
        if (view.startsWith("<!--", i)) {
            // "<!-->" and "<!--->" are empty comments; otherwise "-->" or "--!>" ends it, whichever comes first
            if (view.startsWith(">", i + 4) || view.startsWith("->", i + 4)) {
                return i + 4;
            }
            int end = view.indexOf("-->", i + 4);
            if (bangClose != -1 && bangClose < i + 4) {
                bangClose = view.indexOf("--!>", i + 4);
            }
            if (bangClose >= 0 && (end < 0 || bangClose < end)) {
                return bangClose + 4;
            }
            return end < 0 ? -1 : end + 3;
        }
        if (view.startsWith("<![CDATA[", i)) {
            // outside foreign content this is a bogus comment ending at the first '>'; skipping to "]]>" resumes no
            // earlier than the tokenizer does, so nothing inside is ever taken for a tag
            int end = view.indexOf("]]>", i + 9);
            return end < 0 ? -1 : end + 3;
        }
        return afterBogusComment(i + 2);
    }

    private int afterBogusComment(int from) {
        int end = view.indexOf('>', from);
        return end < 0 ? -1 : end + 1;
    }

    private boolean isAsciiLetter(int i) {
        if (i >= b.length) {
            return false;
        }
        int c = b[i] | 0x20;
        return c >= 'a' && c <= 'z';
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    private static boolean isDelimiter(byte c) {
        return isSpace(c) || c == '/' || c == '>';
    }

    private int tagNameEnd(int from) {
        int i = from;
        while (i < b.length && !isDelimiter(b[i])) {
            i++;
        }
        return i;
    }

    /**
     * Follows a tag's attributes as the tokenizer does (§ 13.2.5.32–13.2.5.40): a value is quoted only when the quote
     * comes first after the {@code =} (spaces aside), and a quoted value ends at the same quote, whatever it holds.
     *
     * @param from the index after the tag name
     * @return the index after the tag's {@code >}, or -1 when the page ends first
     */
    private int afterTag(int from) {
        int n = b.length;
        int state = BEFORE_NAME;
        for (int i = from; i < n; i++) {
            byte c = b[i];
            if (c == '>') {
                return i + 1;
            }
            boolean space = isSpace(c);
            switch (state) {
                case BEFORE_NAME -> state = space || c == '/' ? BEFORE_NAME : NAME;
                case NAME, AFTER_NAME -> state = space ? AFTER_NAME : c == '/' ? BEFORE_NAME : c == '=' ? BEFORE_VALUE : NAME;
                case BEFORE_VALUE -> {
                    if (c == '"' || c == '\'') {
                        i = view.indexOf(c, i + 1);
                        if (i < 0) {
                            return -1;
                        }
                        state = BEFORE_NAME;
                    } else if (!space) {
                        state = UNQUOTED_VALUE;
                    }
                }
                default -> state = space ? BEFORE_NAME : UNQUOTED_VALUE;
            }
        }
        return -1;
    }

    /** @return whether the bytes at {@code from} spell {@code lower} (ASCII, lower case) in any case */
    private boolean matchesName(int from, String lower) {
        if (from + lower.length() > b.length) {
            return false;
        }
        for (int k = 0; k < lower.length(); k++) {
            if ((b[from + k] | 0x20) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** @return the lower-case name when the tag names an element whose text is not markup, else null */
    private String rawTextName(int from, int to) {
        int len = to - from;
        int first = b[from] | 0x20;
        if (len < 3 || len > 9 || first != 's' && first != 't' && first != 'x' && first != 'i' && first != 'n'
                && first != 'p') {
            return null;
        }
        for (String name : RAW_TEXT) {
            if (name.length() == len && matchesName(from, name)) {
                return name;
            }
        }
        return null;
    }

    /**
     * @param from where the element's text begins
     * @return the index of the {@code </name} that ends the element's text (§ 13.2.5.3–13.2.5.23: an appropriate end
     *     tag, the name in any case followed by a space, {@code /} or {@code >}), or -1 when there is none
     */
    private int closingTag(int from, String name) {
        int i = from;
        int len = name.length();
        while ((i = view.indexOf('<', i)) >= 0) {
            int after = i + 2 + len;
            if (after < b.length && b[i + 1] == '/' && matchesName(i + 2, name) && isDelimiter(b[after])) {
                return i;
            }
            i++;
        }
        return -1;
    }

    /** @return whether the start tag's attributes, between {@code from} and {@code to}, hold "ld+json" (any case) */
    private boolean isJsonLd(int from, int to) {
        for (int i = from; i + 7 <= to; i++) {
            if (b[i] == '+' && i >= from + 2 && matchesName(i - 2, "ld+json")) {
                return true;
            }
        }
        return false;
    }
}
