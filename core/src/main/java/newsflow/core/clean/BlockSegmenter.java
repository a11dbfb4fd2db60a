package newsflow.core.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Cuts a cleaned {@code <body>} into text blocks in document order: one per paragraph, heading, list
 * item, quote, caption and data-table row, and one per {@code <br>}-separated run of text in a bare
 * {@code <div>} or {@code <td>} (so text laid out with line breaks keeps its paragraphs, never glued).
 * Each block records its owning element, its link characters and link count.
 */
final class BlockSegmenter {
    private static final org.jsoup.select.Evaluator SEL_0 = org.jsoup.select.QueryParser.parse("a[href]");
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre",
            "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption", "legend", "frame",
            "frameset", "html");
    private static final Set<String> CELL_BLOCKERS = Set.of("p", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4",
            "h5", "h6", "blockquote", "section", "article", "br", "dl", "pre");

    private final List<Segment> segments = new ArrayList<>();
    private final Deque<Element> openBlocks = new ArrayDeque<>();
    private final StringBuilder buffer = new StringBuilder();
    private final Set<Element> anchors = new HashSet<>();
    private Element bufferOwner;
    private int linkChars;
    private Element currentAnchor;
    private int anchorDepth;
    private int timeDepth;
    private int timeChars;
    private BlockSegmenter() {
    }

    /**
     * A body cut into blocks.
     *
     * @param segments the blocks in document order, positions set, all labelled CONTENT for now
     * @param letters the letters and digits in the body's text ({@link Texts#letters(Element)} of the body): the sum over
     *     the blocks, since every text node of the body goes into one, and cleaning a block's text drops no letter or
     *     digit (NFC may join decomposed Hangul jamo into fewer syllables)
     */
    record Segmentation(List<Segment> segments, int letters) {
    }

    /** @return the blocks of {@code body} and its letter count */
    static Segmentation segment(Element body) {
        BlockSegmenter s = new BlockSegmenter();
        s.openBlocks.push(body);
        Walker walker = s.new Walker();
        for (DomWalk.Cursor c = new DomWalk.Cursor(body); c.next(); ) { // (the walker's calls inlined: a hot walk)
            if (!c.entering()) {
                walker.tail(c.node());
            } else if (!walker.head(c.node())) {
                c.skipChildren();
            }
        }
        s.flush();
        int letters = 0;
        for (int i = 0; i < s.segments.size(); i++) {
            Segment segment = s.segments.get(i);
            segment.position = i;
            letters += segment.letters();
        }
        return new Segmentation(s.segments, letters);
    }

    /** What the segmenting walk does on entering ({@link #head}: whether to walk the children) and leaving a node. */
    private final class Walker {
        boolean head(Node node) {
            if (node instanceof TextNode t) {
                String text = t.getWholeText();
                append(text);
                return true;
            }
            if (!(node instanceof Element e)) {
                return true;
            }
            String tag = e.normalName();
            if (tag.equals("br")) {
                flush();
                return true;
            }
            if (tag.equals("a") && Attrs.has(e, "href")) {
                if (anchorDepth++ == 0) {
                    currentAnchor = e;
                }
            }
            if (tag.equals("time")) {
                timeDepth++;
            }
            if (tag.equals("tr") && isDataRow(e)) {
                flush();
                rowBlock(e);
                return false;
            }
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                openBlocks.push(e);
            }
            return true;
        }

        void tail(Node node) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("a") && Attrs.has(e, "href") && --anchorDepth == 0) {
                    currentAnchor = null;
                }
                if (tag.equals("time")) {
                    timeDepth--;
                }
                if (BLOCK_TAGS.contains(tag) && !openBlocks.isEmpty() && openBlocks.peek() == e) {
                    flush();
                    openBlocks.pop();
                } else if (tag.equals("td") || tag.equals("th")) {
                    buffer.append(' ');
                }
            }
        }
    }

    private void append(String text) {
        if (text.isEmpty()) {
            return;
        }
        boolean hasContent = !text.isBlank();
        if (bufferOwner == null && hasContent) {
            bufferOwner = openBlocks.peek();
        }
        buffer.append(text);
        if (anchorDepth > 0 && hasContent) {
            linkChars += Texts.cleanLength(text);
            anchors.add(currentAnchor);
        }
        if (timeDepth > 0 && hasContent) {
            timeChars += Texts.cleanLength(text);
        }
    }

    private void flush() {
        if (bufferOwner != null) {
            String text = Texts.clean(buffer);
            if (!text.isEmpty()) {
                Segment seg = new Segment(bufferOwner, kindOf(bufferOwner), text, Math.min(linkChars, text.length()),
                        anchors.size());
                seg.timeChars = Math.min(timeChars, text.length());
                segments.add(seg);
            }
        }
        buffer.setLength(0);
        anchors.clear();
        linkChars = 0;
        timeChars = 0;
        bufferOwner = null;
    }

    private void rowBlock(Element tr) {
        List<String> cells = new ArrayList<>();
        int links = 0;
        int linkText = 0;
        for (Element cell : tr.children()) {
            if (cell.nameIs("td") || cell.nameIs("th")) {
                String t = Texts.clean(cell.text());
                if (!t.isEmpty()) {
                    cells.add(t);
                }
            }
        }
        for (Element a : tr.select(SEL_0)) {
            links++;
            linkText += Texts.clean(a.text()).length();
        }
        String text = String.join(" | ", cells);
        if (!text.isEmpty()) {
            segments.add(new Segment(tr, BlockKind.TABLE_ROW, text, Math.min(linkText, text.length()), links));
        }
    }

    /** A row of a data table: its cells hold inline content only (a layout table's cells hold blocks). */
    private static boolean isDataRow(Element tr) {
        for (Element cell : tr.children()) {
            for (Element d : cell.getAllElements()) {
                if (d != cell && CELL_BLOCKERS.contains(d.normalName())) {
                    return false;
                }
            }
        }
        return true;
    }

    static BlockKind kindOf(Element owner) {
        BlockKind own = ownKind(owner.normalName());
        if (own != null) {
            return own;
        }
        int level = 0;
        for (Element e = owner.parent(); e != null && !e.nameIs("body") && level < 4; e = e.parent(), level++) {
            BlockKind k = ownKind(e.normalName());
            // data-table rows are segmented as rows above; a block inside a layout table's cell is no row
            if (k != null && k != BlockKind.TABLE_ROW) {
                return k;
            }
        }
        return switch (owner.normalName()) {
            case "p", "div", "td", "th", "section", "article", "main", "body", "center", "dd" -> BlockKind.PARAGRAPH;
            default -> BlockKind.OTHER;
        };
    }

    private static BlockKind ownKind(String tag) {
        return switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> BlockKind.HEADING;
            case "li", "dt" -> BlockKind.LIST_ITEM;
            case "blockquote", "q" -> BlockKind.QUOTE;
            case "figcaption", "caption" -> BlockKind.CAPTION;
            case "pre" -> BlockKind.PRE;
            case "tr" -> BlockKind.TABLE_ROW;
            default -> null;
        };
    }
}
