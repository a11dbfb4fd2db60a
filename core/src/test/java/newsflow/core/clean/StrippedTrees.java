package newsflow.core.clean;

import java.util.List;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** What {@link RawTextStripper} promises of a page's tree, for the tests that check it. */
final class StrippedTrees {
    private StrippedTrees() {
    }

    /**
     * @param d a parsed page
     * @return {@code d}, changed in place as the stripper may change a page: its comments, its scripts (JSON-LD aside) and
     *     styles, and its {@code <link>}s to what newsflow never reads ({@link UnreadMarkup#namesNothingRead})
     *     removed, the text nodes that then stand side by side joined, and the attributes
     *     {@link RawTextStripper#dropsAttribute} names removed
     */
    static Document emptied(Document d) {
        for (Element e : d.select("script:not([type*=ld+json]), style")) {
            e.remove();
        }
        for (Element e : d.select("link[rel]")) {
            if (UnreadMarkup.namesNothingRead(e.attr("rel"))) {
                e.remove();
            }
        }
        List<Node> comments = d.stream().flatMap(e -> e.childNodes().stream()).filter(n -> n instanceof Comment).toList();
        comments.forEach(Node::remove);
        comments = d.childNodes().stream().filter(n -> n instanceof Comment).toList();
        comments.forEach(Node::remove);
        for (Element e : d.getAllElements()) {
            List<Node> children = e.childNodes();
            for (int k = children.size() - 1; k > 0; k--) {
                if (children.get(k).getClass() == TextNode.class && children.get(k - 1).getClass() == TextNode.class) {
                    TextNode t = (TextNode) children.get(k);
                    TextNode before = (TextNode) children.get(k - 1); // (not a CDATA section, which is a TextNode too)
                    before.text(before.getWholeText() + t.getWholeText());
                    t.remove();
                }
            }
        }
        for (Element e : d.getAllElements()) {
            e.attributes().asList().stream().map(Attribute::getKey).filter(RawTextStripper::dropsAttribute)
                    .toList().forEach(e::removeAttr);
        }
        return d;
    }
}
