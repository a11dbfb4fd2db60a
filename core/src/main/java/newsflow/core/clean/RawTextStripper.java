package newsflow.core.clean;

/**
 * Removes what newsflow never reads from a page before it is decoded and parsed: its {@code <script>} elements (except
 * JSON-LD, {@code type="application/ld+json"}) and {@code <style>} elements, its comments, and its {@code <link>}s to
 * style sheets, icons and resource hints ({@link UnreadMarkup#UNREAD_RELS}). About half the characters of a news page
 * are script and style bodies (28 % scripts, 22 % styles on the extraction benchmark's pages), and Jsoup's tokenizer
 * would copy each into a node that {@link DomPruner} removes unread; the elements and comments themselves are a tenth
 * of the page's nodes. One goes only where that changes nothing else in the tree: where the text before it and the text
 * after it may become one run of text ({@link #mayCut}); after a first start tag other than {@code <html>} (before one,
 * it would decide quirks mode or make the head); before any {@code </body>} or {@code </html>}; outside SVG, MathML and
 * {@code <select>}, and while no column group opened (where the tree builder reads them otherwise). Elsewhere a script
 * or style is only emptied. The tree is then the same but for what went, and the text nodes on either side of one that
 * went are one text node. It also removes the
 * attributes newsflow never reads and that take the most room, {@code data-*}, {@code on*}, {@code srcset},
 * {@code sizes}, {@code alt}, {@code title}, {@code width}, SVG's {@code d} and the like ({@link #dropsAttribute}): a
 * quarter of what is left, and about 15 % of the parse. And it shortens the white space between tags (the markup's
 * indentation) to one character, except after a {@code <pre>}.
 *
 * <p>The scan follows the tokenizer of the WHATWG HTML standard (§ 13.2.5) far enough to know where a script or
 * style body begins and ends: comments, bogus comments and CDATA sections, start tags with their attributes (quoted
 * values may hold {@code >}), end tags, the RCDATA elements ({@code title}, {@code textarea}) and the other raw text
 * elements ({@code xmp}, {@code iframe}, {@code noembed}, {@code noframes}, and {@code noscript}, which Jsoup reads
 * as text in the head), whose contents are copied as they are. Where Jsoup 1.22 departs from the standard, the scan
 * follows Jsoup: how an end tag's name is read in raw text, and what its tree builder makes of raw text elements
 * inside {@code <svg>}, {@code <math>} and {@code <select>}. Where the tokenizer's state cannot be followed with
 * certainty, nothing more is removed: after a script body that holds {@code <!--} and then {@code <script} (the
 * double-escaped state), or a script or style that never ends, the rest of the page is copied unchanged; a
 * {@code <plaintext>} or {@code <frameset>}, a title or textarea that never ends or ends in upper case, and raw
 * text whose reading depends on elements the tags alone do not settle leave the whole page as it came. So Jsoup's
 * tree of the stripped page is the tree of the page as it came, but for the removed elements, comments and
 * attributes, the text of the emptied elements and the length of runs of white space ({@code RawTextStripperTest}; on
 * every benchmark page {@code RawTextStripperCorpusTest}; before comments, scripts and links were removed whole, a
 * fuzzer, over millions of pages built from tricky fragments, over real pages cut at random and in 14 charsets, found
 * no other difference).
 *
 * <p>It works on the bytes, before decoding, so the emptied bodies are not decoded either. That is exact for every
 * charset that keeps ASCII as single bytes. In the multi-byte ones newsflow reads (UTF-8, GBK, Big5, Shift_JIS,
 * EUC-*), a byte below 0x40 ({@code <}, {@code >}, {@code /}, {@code !}, {@code -}, {@code =}, quotes, spaces) is
 * always a character of its own, and a letter right after a {@code <} is one too. In UTF-16 and UTF-32 ASCII markup
 * is no run of ASCII bytes, while other characters may hold byte pairs that look like markup: a page that opens with
 * their byte-order mark or holds a NUL byte among its first 1,024 is returned as it is. The 7-bit ISO-2022 and HZ
 * charsets write characters as ASCII bytes: a page holding ISO-2022's escape byte or HZ's "~{" is returned as it
 * is. Linear in the page's length. Pure; thread-safe.
 */
public final class RawTextStripper {
    private static final String[] RAW_TEXT = {"script", "style", "title", "textarea", "xmp", "iframe", "noembed",
        "noframes", "noscript", "plaintext"};
    /**
     * HTML start tags after which, inside SVG or MathML, where those end is not known from their end tags alone (the
     * integration points, {@code desc} or {@code foreignObject}, may hold text: only HTML elements count).
     */
    private static final java.util.Set<String> HTML_IN_FOREIGN = java.util.Set.of("b", "big", "blockquote", "body", "br",
            "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i",
            "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike",
            "sub", "sup", "table", "tt", "u", "ul", "var", "font", "a", "form", "input", "select", "template", "html");
    /** Attributes Jsoup keeps of one tag, at most ({@code Token.Tag.MaxAttributes} in Jsoup 1.22): it drops the rest. */
    private static final int JSOUP_MAX_ATTRIBUTES = 512;
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
    /** Whether the start tag {@link #afterTag} last read closes itself ({@code />}). */
    private boolean selfClosing;
    /** The next "-->" at or after the comment being read, -1 when there is none, -2 before the first comment. */
    private int dashClose = -2;
    /**
     * Whether an HTML element ({@link #HTML_IN_FOREIGN}) opened inside SVG or MathML: from then on their end tags are
     * not counted (the HTML standard's breakout, § 13.2.6.5, and Jsoup's own handling differ there).
     */
    private boolean foreignMixed;
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
     * @return the bytes without the page's scripts (other than JSON-LD), styles, comments and links to what newsflow
     *     never reads, or with their bodies emptied where they must stay, without the attributes
     *     {@link #dropsAttribute} names, and with white space between tags shortened; {@code body} itself when there
     *     is nothing to remove
     */
    public static byte[] strip(byte[] body) {
        return new RawTextStripper(body).strip();
    }

    private byte[] strip() {
        int n = b.length;
        if (view.indexOf('\u001b') >= 0 || holdsHzShift()) {
            return b; // ISO-2022-JP and its kin, and HZ, write characters as ASCII bytes between escape sequences
        }
        if (maybeUtf16or32()) {
            return b;
        }
        int commentOpen = -2; // the next "<!--" at or after the current script body, -1 when there is none
        int i = 0;
        int textStart = 0; // where the text since the last markup began
        boolean textGoesOn = false; // whether the last '<' was text
        while (i >= 0 && i < n) {
            if (!textGoesOn) {
                textStart = i;
            }
            textGoesOn = false;
            i = view.indexOf('<', i);
            if (i < 0 || i + 1 >= n) {
                break;
            }
            byte c = b[i + 1];
            if (c != '!' && c != '?' && c != '/' && !isAsciiLetter(i + 1)) {
                textGoesOn = true; // a '<' the tokenizer emits as text
                i++;
                continue;
            }
            if (c == '/' && (i + 2 == n || b[i + 2] == '>')) {
                textGoesOn = true; // "</>" emits no token, and a "</" that ends the page is text: the text goes on
                i += 2;
                continue;
            }
            if (!preOpened && i - textStart > 1) {
                collapseSpaces(textStart, i);
            }
            if (c == '!') {
                if (matchesName(i + 2, "doctype") && !plainDoctype(i + 9)) {
                    return b; // Jsoup reads "<!DOCTYPE >" and "<!DOCTYPEx>" on to the next '>'
                }
                int end = afterMarkupDeclaration(i);
                if (end >= 0 && b[i + 2] == '-' && mayCut(i, end, textStart)) {
                    cut(i, end); // a comment ("<!--"; a bogus comment or a doctype starts "<!" otherwise)
                }
                i = end;
                continue;
            }
            if (c == '?' || c == '/' && !isAsciiLetter(i + 2)) {
                i = afterBogusComment(i + 2);
                continue;
            }
            if (c == '/') {
                int nameEnd = tagNameEnd(i + 2);
                int normalEnd = trimmedEnd(i + 2, nameEnd);
                bodyEnded |= normalEnd - i - 2 == 4 && (matchesName(i + 2, "body") || matchesName(i + 2, "html"));
                if (svgDepth + mathDepth + selectDepth > 0) {
                    leave(i + 2, normalEnd);
                }
                i = afterTag(nameEnd);
                continue;
            }
            int nameEnd = tagNameEnd(i + 1);
            int normalEnd = trimmedEnd(i + 1, nameEnd);
            int firstCut = cutCount;
            boolean mayGo = startTagRead && !colgroupOpened && svgDepth + mathDepth + selectDepth == 0; // (then mayCut)
            int tagEnd = afterTag(nameEnd, normalEnd == nameEnd && !mayBeFormattingElement(i + 1, nameEnd));
            if (tagEnd < 0) {
                cutCount = firstCut;
                break;
            }
            int nameLength = normalEnd - i - 1;
            startTagRead |= !(nameLength == 4 && matchesName(i + 1, "html"));
            colgroupOpened |= nameLength == 8 && matchesName(i + 1, "colgroup")
                    || nameLength == 3 && matchesName(i + 1, "col");
            if (opensPre(i + 1, normalEnd)) {
                preOpened = true;
                preTagEnd = tagEnd;
            }
            String name = rawTextName(i + 1, normalEnd);
            if (name == null) {
                if (nameLength == 8 && matchesName(i + 1, "frameset")) {
                    return b; // whether a frameset replaces the body depends on text stripping would remove
                }
                if (mayGo && nameLength == 4 && normalEnd == nameEnd && matchesName(i + 1, "link")
                        && UnreadMarkup.linksNothingRead(b, view, nameEnd, tagEnd) && mayCut(i, tagEnd, textStart)) {
                    cutCount = firstCut;
                    cut(i, tagEnd);
                }
                enter(i + 1, normalEnd);
                i = tagEnd;
                continue;
            }
            if (normalEnd != nameEnd) {
                return b; // only an end tag with the same control bytes would end it
            }
            Reading reading = reading(name);
            if (reading == Reading.UNSURE) {
                return b;
            }
            int close = closingTag(tagEnd, name);
            if (close == UNSURE_CLOSE || close >= 0 && reading == Reading.SKIP && !contentEndsAt(tagEnd, close)) {
                return b;
            }
            boolean script = name.equals("script");
            boolean emptied = reading == Reading.TEXT && (script || name.equals("style"));
            if (close < 0) {
                if (emptied) {
                    break; // the rest of the page is its text: copied as it is
                }
                return b; // Jsoup ends an unclosed title or textarea at a place that depends on where its buffer stands
            }
            if (!emptied && !lowerCase(close + 2, name.length())) {
                return b; // (likewise for an end tag not in lower case)
            }
            if (script) {
                if (commentOpen != -1 && commentOpen < tagEnd) {
                    commentOpen = view.indexOf("<!--", tagEnd);
                }
                if (commentOpen >= 0 && commentOpen < close && opensScript(commentOpen, close)) {
                    if (holdsTitleOrTextarea(i)) {
                        // Jsoup ends an unclosed one where its buffer stands: a cut before would move that place
                        return b;
                    }
                    break; // a double-escaped script: its first "</script>" may not end it
                }
            }
            int after = afterTag(close + 2 + name.length());
            if (emptied && !(script && isJsonLd(nameEnd, tagEnd))) {
                if (mayGo && after >= 0 && mayCut(i, after, textStart)) {
                    cutCount = firstCut;
                    cut(i, after); // the whole element
                } else if (close > tagEnd) {
                    cut(tagEnd, close);
                }
            }
            i = after;
        }
        if (cutCount == 0) {
            return b;
        }
        int dropped = 0;
        for (int k = 0; k < cutCount; k += 2) {
            dropped += cuts[k + 1] - cuts[k];
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

    /**
     * Whether a {@code <pre>} or {@code <listing>} start tag was read, where white space is the text's own (and a
     * first newline is dropped): from there on, white space is left as it is ({@link #collapseSpaces}).
     */
    private boolean preOpened;

    /**
     * Whether a start tag other than {@code <html>} was read. Until one is, no element goes whole: the first token
     * other than a comment or a doctype sets quirks mode when no doctype came first, and a {@code <head>} tag makes
     * the head, with its attributes, only when nothing made it before.
     */
    private boolean startTagRead;
    /**
     * Whether a column group opened ({@code <colgroup>}, or a {@code <col>}, for which Jsoup opens one): in one, a script
     * or link closes it, so from there on no element goes whole.
     */
    private boolean colgroupOpened;
    /** Where the last {@code <pre>} or {@code <listing>} start tag ended, -1 before the first. */
    private int preTagEnd = -1;

    /** Kinds of text: none, white space only, other. */
    private static final int NO_TEXT = 0;
    private static final int SPACE = 1;
    private static final int TEXT = 2;
    /** Where the last markup cut ended, -1 before the first: text that begins there runs on from the text before it. */
    private int lastCutEnd = -1;
    /** The kind of the text kept before the last markup cut, taken over any markup cut before it. */
    private int keptKind;
    /** Whether the last byte of that text is a CR. */
    private boolean keptCr;
    /** Whether a {@code </body>} or {@code </html>} was read: after it, a removed element or comment would move text. */
    private boolean bodyEnded;

    /**
     * Whether the markup [at, end) may go without changing what the tree builder makes of the text around it. The text
     * kept before it and the text after it become one run of text: that changes nothing when either is empty, or when
     * both are white space (but a CR before and a LF after, which would make one line break of two). Otherwise it
     * could: a character reference ({@code &amp}) or a {@code <} would take in the text after it, and white space
     * joined to text is read with it (in the head it would go to the body). Never right after a {@code <pre>} or
     * {@code <listing>} start tag, where Jsoup drops a first line feed that follows, nor after a {@code </body>} or
     * {@code </html>}, where the tree builder goes back to the body at the next token. When it may, the caller cuts it.
     *
     * @param textStart where the text before it began (after the markup before it), its white space already shortened
     */
    private boolean mayCut(int at, int end, int textStart) {
        if (at == preTagEnd || bodyEnded) {
            return false;
        }
        int kind = NO_TEXT;
        boolean cr = false;
        if (at > textStart) {
            kind = SPACE;
            for (int k = textStart; k < at; k++) {
                if (!isSpace(b[k])) {
                    kind = TEXT;
                    break;
                }
            }
            int last = cutCount > 0 && cuts[cutCount - 1] == at ? cuts[cutCount - 2] - 1 : at - 1;
            cr = b[last] == '\r';
        }
        if (lastCutEnd == textStart) {
            kind = Math.max(kind, keptKind);
            cr = at > textStart ? cr : keptCr;
        }
        boolean ok = kind == NO_TEXT;
        if (!ok) {
            int k = end;
            while (k < b.length && isSpace(b[k])) {
                k++;
            }
            boolean markupNext = k == b.length || b[k] == '<' && startsMarkup(k);
            ok = markupNext && (k == end || kind == SPACE && !(cr && b[end] == '\n'));
        }
        if (ok) {
            lastCutEnd = end;
            keptKind = kind;
            keptCr = cr;
        }
        return ok;
    }

    /**
     * @return whether the {@code <} at {@code k} begins markup (a tag, a comment, a bogus comment), not text; a CDATA
     *     section counts as text (Jsoup reads one as text, and joins it to the text before it in a table: Jsoup 1.22
     *     copies pending table text as plain characters)
     */
    private boolean startsMarkup(int k) {
        if (k + 1 >= b.length) {
            return false;
        }
        byte c = b[k + 1];
        return c == '!' && !view.startsWith("<![CDATA[", k) || c == '?' || isAsciiLetter(k + 1)
                || c == '/' && k + 2 < b.length && b[k + 2] != '>';
    }

    /** @return whether the doctype's name part, from {@code from} (after "<!doctype"), is white space, then a letter */
    private boolean plainDoctype(int from) {
        int k = from;
        while (k < b.length && isSpace(b[k])) {
            k++;
        }
        return k > from && isAsciiLetter(k);
    }

    /** @return whether the tag name [from, to), trimmed, is {@code pre} or {@code listing} */
    private boolean opensPre(int from, int to) {
        return to - from == 3 && matchesName(from, "pre") || to - from == 7 && matchesName(from, "listing");
    }

    /** [from, to) pairs of bytes to drop, in order. */
    private int[] cuts = CUTS.get();
    /**
     * Each thread's array for {@link #cuts}, kept from page to page (as large as the largest page's cuts, a few hundred
     * KB at most): grown anew for each page it was a tenth of the stripping's allocation.
     */
    private static final ThreadLocal<int[]> CUTS = ThreadLocal.withInitial(() -> new int[1024]);
    private int cutCount;

    private void cut(int from, int to) {
        if (cutCount == cuts.length) {
            cuts = java.util.Arrays.copyOf(cuts, 2 * cuts.length);
            CUTS.set(cuts);
        }
        cuts[cutCount++] = from;
        cuts[cutCount++] = to;
    }

    /**
     * Shortens text between two pieces of markup that is all white space (the indentation of the markup, an eighth of
     * a page) to its first character (or its first CR LF): the tree keeps a white-space text node in the same place.
     * Not done once a {@code <pre>} or {@code <listing>} has opened, where white space is the text's own.
     */
    private void collapseSpaces(int from, int to) {
        if (!isSpace(b[from])) {
            return;
        }
        for (int k = from + 1; k < to; k++) {
            if (!isSpace(b[k])) {
                return;
            }
        }
        int keep = b[from] == '\r' && b[from + 1] == '\n' ? 2 : 1;
        if (to - from > keep) {
            cut(from + keep, to);
        }
    }

    /** How Jsoup reads the text of a raw text element where it stands. */
    private enum Reading {
        /** As text, up to the element's end tag: emptied when a script or style. */
        TEXT,
        /** As text or as markup, up to the element's end tag either way: passed over, not emptied. */
        SKIP,
        /** Not known from the tags alone: the page is left as it is. */
        UNSURE
    }

    /**
     * What Jsoup 1.22 does with a raw text element's start tag inside {@code <svg>}, {@code <math>} and
     * {@code <select>}, where the tree builder, not the tokenizer alone, decides. In SVG a {@code <script>} holds text
     * unless its tag closes itself; a {@code <style>} or {@code <title>} holds markup, or text inside an HTML element
     * within the SVG, and ends at its end tag either way. In MathML a {@code <script>}, {@code <style>} or
     * {@code <title>} holds markup. In a {@code <select>} a {@code <script>} holds text. Anything else there (an
     * {@code <iframe>} in SVG, a {@code <style>} or {@code <textarea>} in a select, which a {@code <template>},
     * an {@code <input>} or a table cell's end may have closed) is {@link Reading#UNSURE}, and so is a
     * {@code <plaintext>} anywhere. Elsewhere a {@code <noscript>} is passed over (Jsoup reads one in the head as text
     * once it meets a tag it does not allow there), and the other raw text elements hold text.
     */
    private Reading reading(String name) {
        if (name.equals("plaintext")) {
            return Reading.UNSURE;
        }
        if (svgDepth + mathDepth > 0) {
            return switch (name) {
                case "script" -> mathDepth > 0 ? Reading.SKIP : selfClosing ? Reading.UNSURE : Reading.TEXT;
                case "style", "title" -> Reading.SKIP;
                default -> Reading.UNSURE;
            };
        }
        if (selectDepth > 0) {
            return name.equals("script") ? Reading.TEXT : Reading.UNSURE;
        }
        return name.equals("noscript") ? Reading.SKIP : Reading.TEXT;
    }

    /**
     * Whether an element passed over ({@link Reading#SKIP}) ends at {@code close} however Jsoup reads its content, as
     * text or as markup. As markup, no tag or comment inside may run past {@code close}, a raw text element inside (a
     * {@code <style>} in a head's {@code <noscript>}, a tag manager's {@code <iframe>}) may hold no {@code <}, and no
     * {@code <svg>}, {@code <math>} or {@code <select>} may open or close inside. (Jsoup reads a {@code <noscript>}
     * in the head as markup until it meets a tag it does not allow there, and as text from there on.)
     *
     * @return whether [from, close) holds only tags that end inside it
     */
    private boolean contentEndsAt(int from, int close) {
        int i = from;
        while ((i = view.indexOf('<', i)) >= 0 && i < close) {
            byte c = b[i + 1];
            if (c == '!') {
                return false;
            }
            boolean end = c == '/';
            if (!isAsciiLetter(end ? i + 2 : i + 1)) {
                i++;
                continue;
            }
            int nameEnd = tagNameEnd(end ? i + 2 : i + 1);
            int tagEnd = afterTag(nameEnd);
            if (tagEnd < 0 || tagEnd > close) {
                return false;
            }
            int normalEnd = trimmedEnd(end ? i + 2 : i + 1, nameEnd);
            String raw = end ? null : rawTextName(i + 1, normalEnd);
            if (raw != null && normalEnd != nameEnd) {
                return false;
            }
            if (raw != null) {
                // a raw text element inside: only one whose text holds no '<' ends where either reading ends it
                int rawClose = closingTag(tagEnd, raw);
                int lt = view.indexOf('<', tagEnd);
                if (rawClose < 0 || rawClose > close || lt < rawClose) {
                    return false;
                }
                i = rawClose + 2;
                continue;
            }
            preOpened |= !end && opensPre(i + 1, normalEnd); // (in a noscript, a pre's end tag may not close it)
            int len = normalEnd - (end ? i + 2 : i + 1);
            if (len == 3 && matchesName(normalEnd - 3, "svg") || len == 4 && matchesName(normalEnd - 4, "math")
                    || len == 6 && matchesName(normalEnd - 6, "select")) {
                return false; // it may stay open past the element, where raw text is read otherwise
            }
            i = tagEnd;
        }
        return true;
    }

    /** @return whether the {@code len} bytes at {@code from} are all lower case */
    private boolean lowerCase(int from, int len) {
        for (int k = from; k < from + len; k++) {
            if (b[k] >= 'A' && b[k] <= 'Z') {
                return false;
            }
        }
        return true;
    }

    /**
     * Notes a start tag that opens SVG, MathML or a {@code <select>}. Counts err towards "still open" (a nested
     * select, an {@code <input>} or a template may close a select in Jsoup, and Jsoup ignores an SVG inside a select):
     * inside them raw text elements are read with more doubt, never less.
     */
    private void enter(int from, int to) {
        int len = to - from;
        if (svgDepth + mathDepth > 0 && !foreignMixed && (len <= 14 && HTML_IN_FOREIGN.contains(view.substring(from, to)
                .toLowerCase(java.util.Locale.ROOT)) || !isAscii(from, to))) {
            foreignMixed = true; // (a name with non-ASCII bytes may be one: Jsoup lower-cases the Kelvin sign to k)
        }
        if (len == 3 && matchesName(from, "svg") && !selfClosing) {
            svgDepth++;
        } else if (len == 4 && matchesName(from, "math") && !selfClosing) {
            mathDepth++;
        } else if (len == 6 && matchesName(from, "select")) {
            selectDepth++;
        } else if (selectDepth > 0 && len == 8 && matchesName(from, "template")) {
            selectPinned = true; // a </select> inside the template does not close the select
        }
    }

    /** Whether a template opened inside a select: from then on no {@code </select>} is taken to close one. */
    private boolean selectPinned;

    /** @return whether the page from {@code from} on holds a {@code <title} or {@code <textarea} start tag (any case) */
    private boolean holdsTitleOrTextarea(int from) {
        for (int k = view.indexOf('<', from); k >= 0; k = view.indexOf('<', k + 1)) {
            if (matchesName(k + 1, "title") || matchesName(k + 1, "textarea")) {
                return true;
            }
        }
        return false;
    }

    /** Notes an end tag that closes SVG, MathML or a {@code <select>}. */
    private void leave(int from, int to) {
        int len = to - from;
        if (foreignMixed && svgDepth + mathDepth > 0) {
            // once HTML stood inside SVG or MathML, Jsoup may have left it, or not, before this end tag
        } else if (len == 3 && matchesName(from, "svg")) {
            svgDepth = Math.max(0, svgDepth - 1);
        } else if (len == 4 && matchesName(from, "math")) {
            mathDepth = Math.max(0, mathDepth - 1);
        }
        if (len == 6 && matchesName(from, "select") && !selectPinned) {
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
            if (view.startsWith(">", i + 4)) {
                return i + 5;
            }
            if (view.startsWith("->", i + 4)) {
                return i + 6;
            }
            if (dashClose != -1 && dashClose < i + 4) {
                dashClose = view.indexOf("-->", i + 4);
            }
            int end = dashClose;
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
        return i < b.length && isAsciiLetter(b[i]);
    }

    /** @return whether the byte is an ASCII letter */
    static boolean isAsciiLetter(byte c) {
        int l = c | 0x20;
        return l >= 'a' && l <= 'z';
    }

    /** Bits 9, 10, 12, 13 and 32: tab, LF, FF, CR and space, HTML's ASCII white space. */
    private static final long SPACES = 1L << '\t' | 1L << '\n' | 1L << '\f' | 1L << '\r' | 1L << ' ';

    static boolean isSpace(byte c) {
        return c >= 0 && c <= ' ' && (SPACES >>> c & 1) != 0;
    }

    private static boolean isDelimiter(byte c) {
        return isSpace(c) || c == '/' || c == '>';
    }

    /**
     * @return whether the page may be in UTF-16 or UTF-32, where ASCII markup is not a run of ASCII bytes, and
     *     characters of other scripts may hold byte pairs that look like it: a byte-order mark of either, or a NUL
     *     byte among the first 1,024 (the ASCII characters every page opens with come with NULs beside them there)
     */
    private boolean maybeUtf16or32() {
        if (b.length >= 2 && (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF || b[0] == (byte) 0xFF && b[1] == (byte) 0xFE)) {
            return true;
        }
        for (int k = 0; k < Math.min(b.length, 1024); k++) {
            if (b[k] == 0) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the page holds "~{", HZ's shift into GB2312 */
    private boolean holdsHzShift() {
        for (int k = view.indexOf('~'); k >= 0 && k + 1 < b.length; k = view.indexOf('~', k + 1)) {
            if (b[k + 1] == '{') {
                return true;
            }
        }
        return false;
    }

    /** @return whether the bytes [from, to) are all ASCII */
    private boolean isAscii(int from, int to) {
        for (int k = from; k < to; k++) {
            if (b[k] < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return the end of the tag name [from, to) once Jsoup has normalized it: Jsoup trims a tag name as
     *     {@link String#trim()} does, so {@code <svg\u000B>} opens an SVG (control bytes are not delimiters to the
     *     tokenizer); the raw name, with them, is what an end tag must match in raw text
     */
    private int trimmedEnd(int from, int to) {
        while (to > from && (b[to - 1] & 0xff) <= ' ') {
            to--;
        }
        return to;
    }

    private int tagNameEnd(int from) {
        int i = from;
        while (i < b.length && !isDelimiter(b[i])) {
            i++;
        }
        return i;
    }

    private int afterTag(int from) {
        return afterTag(from, false);
    }

    /**
     * Follows a tag's attributes as the tokenizer does (§ 13.2.5.32–13.2.5.40): a value is quoted only when the quote
     * comes first after the {@code =} (spaces aside), and a quoted value ends at the same quote, whatever it holds.
     * When {@code collect} is set, the spans of the attributes newsflow never reads ({@link #isDroppedAttribute}) go to
     * {@link #cuts}: from the first byte of the name to the last of the value (or of the {@code =}, or of the
     * name when there is neither). Only an attribute that begins in the before-attribute-name state and after
     * something else than a {@code /} is cut (after a valueless attribute, the after-attribute-name state would take a
     * later {@code =} for its value; after a {@code /}, the self-closing state would take a {@code >} for the tag's
     * end): the byte after a cut is then read in the state it was read in before, and the tokens are the same but for
     * the attributes cut.
     *
     * @param from the index after the tag name
     * @return the index after the tag's {@code >}, or -1 when the page ends first
     */
    private int afterTag(int from, boolean collect) {
        int n = b.length;
        int state = BEFORE_NAME;
        boolean slash = false; // the self-closing start tag state (§ 13.2.5.40)
        int attributeStart = -1; // where the attribute being read began, when it may be cut
        int attributeEnd = -1; // the end of its last byte read so far
        boolean dropping = false; // whether it is cut (known once its name is read)
        int firstCut = cutCount; // where this tag's cuts begin in cuts
        int attributes = 0; // the attributes begun so far (a name repeated counts again: at least as many as Jsoup keeps)
        for (int i = from; i < n; i++) {
            byte c = b[i];
            if (state == NAME || state == UNQUOTED_VALUE) {
                // the rest of a name or an unquoted value: printable ASCII bytes up to the next one that matters
                int k = i;
                while (k < n && (c = b[k]) > ' ' && c != '>' && (state == UNQUOTED_VALUE || c != '/' && c != '=')) {
                    k++;
                }
                if (k == n) {
                    return -1;
                }
                if (k > i) {
                    attributeEnd = k;
                    i = k;
                    slash = false;
                }
            }
            if (c == '>') {
                selfClosing = slash;
                if (state == NAME) {
                    dropping = attributeStart >= 0 && isDroppedAttribute(attributeStart, i);
                }
                if (dropping) {
                    cut(attributeStart, attributeEnd);
                }
                return i + 1;
            }
            boolean space = isSpace(c);
            if (c >= 0 && c < ' ' && !space && collect) {
                // Jsoup trims control bytes off attribute names, and joins a NUL after a name's spaces to the name:
                // this tag's attributes are left as they are
                collect = false;
                dropping = false;
                attributeStart = -1;
                cutCount = firstCut; // (the cuts are in order: this tag's are the last)
            }
            switch (state) {
                case BEFORE_NAME -> {
                    if (!space && c != '/') {
                        if (++attributes > JSOUP_MAX_ATTRIBUTES && collect) {
                            // Jsoup keeps a tag's first 512 attributes: a cut would let a later one in
                            collect = false;
                            dropping = false;
                            cutCount = firstCut;
                        }
                        if (dropping) {
                            cut(attributeStart, attributeEnd);
                        }
                        dropping = false;
                        attributeStart = collect && !slash ? i : -1;
                        attributeEnd = i + 1;
                        state = NAME;
                    }
                }
                case NAME -> {
                    if (space || c == '/' || c == '=') {
                        dropping = attributeStart >= 0 && isDroppedAttribute(attributeStart, i);
                        state = space ? AFTER_NAME : c == '/' ? BEFORE_NAME : BEFORE_VALUE;
                        if (c == '=') {
                            attributeEnd = i + 1;
                        }
                    } else {
                        attributeEnd = i + 1;
                    }
                }
                case AFTER_NAME -> {
                    if (c == '=') {
                        attributeEnd = i + 1;
                        state = BEFORE_VALUE;
                    } else if (c == '/') {
                        state = BEFORE_NAME;
                    } else if (!space) {
                        // a new attribute, begun in the after-attribute-name state: never cut
                        if (++attributes > JSOUP_MAX_ATTRIBUTES && collect) {
                            collect = false;
                            dropping = false;
                            cutCount = firstCut;
                        }
                        if (dropping) {
                            cut(attributeStart, attributeEnd);
                        }
                        dropping = false;
                        attributeStart = -1;
                        state = NAME;
                    }
                }
                case BEFORE_VALUE -> {
                    if (c == '"' || c == '\'') {
                        i = view.indexOf(c, i + 1);
                        if (i < 0) {
                            return -1;
                        }
                        attributeEnd = i + 1;
                        state = BEFORE_NAME;
                    } else if (!space) {
                        attributeEnd = i + 1;
                        state = UNQUOTED_VALUE;
                    }
                }
                default -> {
                    if (space) {
                        state = BEFORE_NAME;
                    } else {
                        attributeEnd = i + 1;
                    }
                }
            }
            slash = c == '/' && state == BEFORE_NAME;
        }
        return -1;
    }

    /** @return whether the attribute named by the bytes [from, to) is one the stripping removes ({@link #dropsAttribute}) */
    private boolean isDroppedAttribute(int from, int to) {
        return UnreadMarkup.dropsAttribute(b, from, to); // (on the bytes: no string for each name)
    }


    /**
     * @param name an attribute name as written (compared ignoring ASCII case)
     * @return whether the stripping removes an attribute so named ({@link UnreadMarkup#dropsAttribute(String)})
     */
    public static boolean dropsAttribute(String name) {
        return UnreadMarkup.dropsAttribute(name);
    }

    /**
     * @return whether the tag name [from, to) may be one of the formatting elements (§ 13.2.4.3) whose attributes the
     *     tree builder compares (the "Noah's Ark" clause, which Jsoup follows): their attributes are left as they are.
     *     A name with non-ASCII bytes may be one (Jsoup lower-cases the Kelvin sign to k: {@code <stri\u212Ae>} is a
     *     {@code strike}). {@code <a>} is one too, but never has a second entry in the list (a new {@code <a>} closes
     *     the last).
     */
    private boolean mayBeFormattingElement(int from, int to) {
        if (!isAscii(from, to)) {
            return true;
        }
        int len = to - from;
        if (len > 6) {
            return false;
        }
        return switch (len) {
            case 1 -> {
                int c = b[from] | 0x20;
                yield c == 'b' || c == 'i' || c == 's' || c == 'u';
            }
            case 2 -> matchesName(from, "em") || matchesName(from, "tt");
            case 3 -> matchesName(from, "big");
            case 4 -> matchesName(from, "code") || matchesName(from, "font") || matchesName(from, "nobr");
            case 5 -> matchesName(from, "small");
            case 6 -> matchesName(from, "strike") || matchesName(from, "strong");
            default -> false;
        };
    }

    /** @return whether the bytes at {@code from} spell {@code lower} (ASCII, lower case) in any case */
    private boolean matchesName(int from, String lower) {
        return from + lower.length() <= b.length && UnreadMarkup.matchesIgnoringCase(b, from, lower);
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
     * Finds the end tag that ends a raw text element's text as Jsoup reads it. The standard (§ 13.2.5.3–13.2.5.23)
     * takes {@code </} and the element's name in any case, followed by a space, {@code /} or {@code >}; Jsoup 1.22
     * reads an end tag's name in raw text up to a space, {@code /} or {@code >}, whatever else it holds, so in
     * {@code x = "</div";</script>} the name is {@code div";<} and the {@code </script>} after it ends nothing. That
     * reading is followed here: the tree must be Jsoup's. Jsoup also compares names in Unicode, where {@code ı} and
     * {@code ſ} match {@code i} and {@code s}: a name with a non-ASCII byte is {@link #UNSURE_CLOSE}.
     *
     * @param from where the element's text begins
     * @return the index of the {@code </name} that ends the element's text, -1 when there is none, or
     *     {@link #UNSURE_CLOSE}
     */
    private int closingTag(int from, String name) {
        int i = from;
        int len = name.length();
        while ((i = view.indexOf('<', i)) >= 0) {
            if (i + 2 < b.length && b[i + 1] == '/' && isAsciiLetter(i + 2)) {
                int nameEnd = tagNameEnd(i + 2);
                if (nameEnd == b.length) {
                    return -1; // the page ends in the end tag's name
                }
                if (nameEnd - i - 2 == len && matchesName(i + 2, name)) {
                    return i;
                }
                for (int k = i + 2; k < nameEnd; k++) {
                    if (b[k] < 0) {
                        return UNSURE_CLOSE;
                    }
                }
                i = nameEnd;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** {@link #closingTag}'s answer when it cannot tell. */
    private static final int UNSURE_CLOSE = -2;

    /**
     * @return whether the start tag's attributes, between {@code from} and {@code to}, hold "ld+json" (any case), or
     *     a character reference that might spell it ({@code ld&#43;json})
     */
    private boolean isJsonLd(int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '&' || b[i] == '+' && i >= from + 2 && i + 5 <= to && matchesName(i - 2, "ld+json")) {
                return true;
            }
        }
        return false;
    }
}
