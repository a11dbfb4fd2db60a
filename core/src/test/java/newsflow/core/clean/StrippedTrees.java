package newsflow.core.clean;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What {@link RawTextStripper} promises of a page's tree, for the tests that check it. */
final class StrippedTrees {
    private StrippedTrees() {
    }

    /**
     * @param d a parsed page
     * @return {@code d}, changed in place as the stripper changes a page: its scripts (JSON-LD aside) and styles emptied,
     *     and the attributes {@link RawTextStripper#dropsAttribute} names removed
     */
    static Document emptied(Document d) {
        for (Element e : d.select("script:not([type*=ld+json]), style")) {
            e.empty();
        }
        for (Element e : d.getAllElements()) {
            e.attributes().asList().stream().map(Attribute::getKey).filter(RawTextStripper::dropsAttribute)
                    .toList().forEach(e::removeAttr);
        }
        return d;
    }
}
