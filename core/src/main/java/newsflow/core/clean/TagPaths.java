package newsflow.core.clean;

import org.jsoup.nodes.Element;

/**
 * Element paths such as {@code body>div.main>article>p}, for block features and debugging. One per page: it memoizes
 * each element's {@code tag.firstClass} part (blocks share their ancestors) and reuses its buffers. Not thread-safe.
 */
final class TagPaths {
    /** Deepest elements kept in a path; longer paths start with {@code …>}. */
    static final int MAX_DEPTH = 10;

    private final java.util.Map<Element, String> parts = new java.util.IdentityHashMap<>();
    private final Element[] path = new Element[MAX_DEPTH];
    private final StringBuilder text = new StringBuilder(256);

    /**
     * @param e the element
     * @return the path of {@code e}: its ancestors' parts from {@code body} down (html excluded), at most the
     *     {@value #MAX_DEPTH} deepest, joined by {@code >}
     */
    String of(Element e) {
        // the path's elements, deepest first: up to body, html excluded, at most MAX_DEPTH of them
        int n = 0;
        boolean cut = false;
        for (Element cur = e; cur != null && !cur.nameIs("html"); cur = cur.parent()) {
            if (n == MAX_DEPTH) {
                cut = true;
                break;
            }
            path[n++] = cur;
            if (cur.nameIs("body")) {
                break;
            }
        }
        text.setLength(0);
        for (int i = n - 1; i >= 0; i--) {
            text.append(parts.computeIfAbsent(path[i], TagPaths::part));
            if (i > 0) {
                text.append('>');
            }
        }
        // built in Latin-1 and joined to the ellipsis by concatenation, which sizes the result once: a char array with
        // the ellipsis in it would be copied to a trial Latin-1 string, then again in UTF-16
        String joined = text.toString();
        return cut ? "…>" + joined : joined;
    }

    /** @return {@code tag} or {@code tag.firstClass} */
    private static String part(Element e) {
        String cls = e.className().trim();
        if (cls.isEmpty()) {
            return e.normalName();
        }
        int space = cls.indexOf(' ');
        return e.normalName() + "." + (space < 0 ? cls : cls.substring(0, space));
    }
}
