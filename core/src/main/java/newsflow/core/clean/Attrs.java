package newsflow.core.clean;

import org.jsoup.nodes.Element;

/**
 * Attribute lookups on elements of a page parsed as HTML. Jsoup's {@code attr} and {@code hasAttr} compare names
 * ignoring case, for documents that keep the case of names; its HTML parser lower-cases every attribute name
 * (HTML §13.2.5.33), so on a parsed page an exact comparison with a lower-case name finds the same attribute, at
 * a fraction of the cost on the hot paths that ask every element.
 */
public final class Attrs {
    private Attrs() {
    }

    /**
     * @param e an element of a document parsed by Jsoup's HTML parser
     * @param lowerName an attribute name in lower case
     * @return the attribute's value, "" when the element has no such attribute (what {@code e.attr(lowerName)} gives)
     */
    public static String get(Element e, String lowerName) {
        return e.attributesSize() == 0 ? "" : e.attributes().get(lowerName);
    }

    /** @return whether {@code e} has the attribute {@code lowerName} (what {@code e.hasAttr(lowerName)} gives) */
    public static boolean has(Element e, String lowerName) {
        return e.attributesSize() != 0 && e.attributes().hasKey(lowerName);
    }
}
