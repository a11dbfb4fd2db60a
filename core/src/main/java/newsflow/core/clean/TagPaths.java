package newsflow.core.clean;

import org.jsoup.nodes.Element;

/**
 * Element paths such as {@code body>div.main>article>p}, for block features and debugging. One per page, asked for its
 * blocks in document order: it keeps the previous path's elements and their {@code tag.firstClass} parts, and a block
 * reuses the parts of the ancestors it shares with the block before it (in document order a page's blocks share most
 * of their ancestors, and leave a subtree for good). Not thread-safe.
 */
final class TagPaths {
    /** Deepest elements kept in a path; longer paths start with {@code …>}. */
    static final int MAX_DEPTH = 10;

    /** The last path's elements, from the body (or the outermost below {@code html}) down. */
    private Element[] chain = new Element[32];
    /** Their parts. */
    private String[] parts = new String[32];
    private int length;
    /** The elements of the path being built, deepest first. */
    private Element[] up = new Element[32];
    private final StringBuilder text = new StringBuilder(256);

    /**
     * @param e the element
     * @return the path of {@code e}: its ancestors' parts from {@code body} down ({@code html} excluded), at most the
     *     {@value #MAX_DEPTH} deepest, joined by {@code >}
     */
    String of(Element e) {
        int n = 0;
        for (Element cur = e; cur != null && !cur.nameIs("html"); cur = cur.parent()) {
            if (n == up.length) {
                up = java.util.Arrays.copyOf(up, 2 * n);
            }
            up[n++] = cur;
            if (cur.nameIs("body")) {
                break;
            }
        }
        if (n > chain.length) {
            chain = java.util.Arrays.copyOf(chain, Math.max(n, 2 * chain.length));
            parts = java.util.Arrays.copyOf(parts, chain.length);
        }
        int shared = 0;
        while (shared < n && shared < length && chain[shared] == up[n - 1 - shared]) {
            shared++;
        }
        for (int k = shared; k < n; k++) {
            chain[k] = up[n - 1 - k];
            parts[k] = part(chain[k]);
        }
        length = n;
        int from = Math.max(0, n - MAX_DEPTH);
        text.setLength(0);
        for (int k = from; k < n; k++) {
            text.append(parts[k]);
            if (k < n - 1) {
                text.append('>');
            }
        }
        // built in Latin-1 and joined to the ellipsis by concatenation, which sizes the result once: a char array with
        // the ellipsis in it would be copied to a trial Latin-1 string, then again in UTF-16
        String joined = text.toString();
        return from > 0 ? "…>" + joined : joined;
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
