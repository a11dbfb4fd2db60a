package newsflow.core.clean;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Attribute lookups by name, as HTML matches names: ASCII case-insensitively (HTML §13.2.5: the tokenizer lower-cases
 * ASCII upper-case letters in attribute names, and nothing else). On HTML elements Jsoup's HTML parser has lower-cased
 * the names already, so an exact lookup with a lower-case name finds the attribute, at a fraction of the cost of
 * Jsoup's {@code attr}/{@code hasAttr}, which compare with {@code equalsIgnoreCase} (and so also take {@code ı} for
 * {@code i} and {@code ſ} for {@code s}: {@code <div hıdden>} is not hidden in a browser). Inside SVG and MathML
 * Jsoup keeps the case the markup wrote, and it copies the attributes of a second {@code <body>} or {@code <html>} tag
 * onto the first as written; names there are compared ignoring ASCII case.
 */
public final class Attrs {
    private Attrs() {
    }

    /**
     * @param e an element of a document parsed by Jsoup's HTML parser
     * @param lowerName an attribute name in ASCII lower case
     * @return the value of the first attribute so named, "" when there is none
     */
    public static String get(Element e, String lowerName) {
        if (e.attributesSize() == 0) {
            return "";
        }
        if (namesLowerCased(e)) {
            return e.attributes().get(lowerName);
        }
        String value = scan(e, lowerName);
        return value == null ? "" : value;
    }

    /** @return whether {@code e} has an attribute named {@code lowerName} (ASCII lower case), compared as {@link #get} does */
    public static boolean has(Element e, String lowerName) {
        if (e.attributesSize() == 0) {
            return false;
        }
        if (namesLowerCased(e)) {
            return e.attributes().hasKey(lowerName);
        }
        return scan(e, lowerName) != null;
    }

    /** @return the value of the first attribute whose name is {@code lowerName} ignoring ASCII case, or null */
    private static String scan(Element e, String lowerName) {
        if (!e.attributes().hasKeyIgnoreCase(lowerName)) {
            return null; // (an ASCII-insensitive match is one for equalsIgnoreCase too: only a hit needs the scan)
        }
        for (Attribute a : e.attributes()) {
            if (a.getKey().length() == lowerName.length() && Texts.regionMatchesAsciiIgnoreCase(a.getKey(), 0, lowerName)) {
                return a.getValue();
            }
        }
        return null;
    }

    /**
     * @return whether Jsoup's parser lower-cased every attribute name of {@code e}: an HTML element, but not {@code body}
     *     or {@code html}, which also take the attributes of later {@code <body>} and {@code <html>} tags as written
     */
    private static boolean namesLowerCased(Element e) {
        return Parser.NamespaceHtml.equals(e.tag().namespace()) && !e.nameIs("body") && !e.nameIs("html");
    }
}
