package newsflow.core.clean;

import org.jsoup.nodes.Element;

/**
 * A block while it is being built and judged: its text, the element that owns it and its features.
 * Mutable and internal to the cleaner; {@link Block} is what leaves it.
 */
final class Segment {
    final Element owner;
    final BlockKind kind;
    final String text;
    final int linkChars;
    final int linkCount;
    /** UTF-16 chars of the text that lie inside {@code <time>} elements. */
    int timeChars;
    int position;
    boolean inMain;
    Label label = Label.CONTENT;
    double score = 0.5;
    String reason;

    Segment(Element owner, BlockKind kind, String text, int linkChars, int linkCount) {
        this.owner = owner;
        this.kind = kind;
        this.text = text;
        this.linkChars = linkChars;
        this.linkCount = linkCount;
    }

    private int letters = -1;

    /** @return the letters and digits of the text ({@link Texts#letters(String)}), counted once */
    int letters() {
        if (letters < 0) {
            letters = Texts.letters(text);
        }
        return letters;
    }

    double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }

    boolean isBoilerplate() {
        return label == Label.BOILERPLATE;
    }

    void boilerplate(String why, double confidence) {
        if (label == Label.BOILERPLATE) {
            return;
        }
        label = Label.BOILERPLATE;
        reason = why;
        score = confidence;
    }

    /** @param paths the page's tag paths, shared by its blocks */
    Block toBlock(TagPaths paths) {
        return new Block(text, kind, paths.of(owner), inMain, linkDensity(), linkCount, position, label, score, reason);
    }
}
