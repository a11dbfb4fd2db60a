package newsflow.core.clean;

/**
 * One labelled block of text in document order.
 *
 * @param text block text, whitespace collapsed, Unicode NFC
 * @param kind structural kind
 * @param tagPath element path from {@code <body>}, e.g. {@code body>div.main>article>p}
 * @param inMainContainer whether the block lies inside the region chosen as main content
 * @param linkDensity UTF-16 chars inside links divided by all chars of the block, 0..1
 * @param linkCount {@code <a href>} elements in the block
 * @param position 0-based index in document order
 * @param label CONTENT or BOILERPLATE
 * @param score confidence in the label, 0..1
 * @param reason why the block is boilerplate (e.g. {@code link-dense}, {@code lexicon:related}); null for content
 */
public record Block(String text, BlockKind kind, String tagPath, boolean inMainContainer, double linkDensity,
        int linkCount, int position, Label label, double score, String reason) {

    /** @return whether the block is part of the article text */
    public boolean isContent() {
        return label == Label.CONTENT;
    }
}
