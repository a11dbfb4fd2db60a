package newsflow.core.clean;

import org.jsoup.nodes.Element;

/** Element paths such as {@code body>div.main>article>p}, for block features and debugging. */
final class TagPaths {
    /** Deepest elements kept in a path; longer paths start with {@code …>}. */
    static final int MAX_DEPTH = 10;

    private TagPaths() {
    }

    /**
     * @param e the element
     * @param partsMemo each element's {@code tag.firstClass} part, memoized across the calls of one page (blocks share
     *     their ancestors)
     * @return the path of {@code e}
     */
    static String of(Element e, java.util.Map<Element, String> partsMemo) {
        // the path's elements, deepest first: up to body, html excluded, at most MAX_DEPTH of them
        Element[] path = new Element[MAX_DEPTH];
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
        // filled into a char array of the exact size: a StringBuilder would widen itself at the '…' and copy back
        String[] parts = new String[n];
        int length = (cut ? 2 : 0) + Math.max(0, n - 1); // "…>" and the separators
        for (int i = 0; i < n; i++) {
            parts[i] = partsMemo.computeIfAbsent(path[i], TagPaths::part);
            length += parts[i].length();
        }
        char[] out = new char[length];
        int at = 0;
        if (cut) {
            out[at++] = '…';
            out[at++] = '>';
        }
        for (int i = n - 1; i >= 0; i--) {
            parts[i].getChars(0, parts[i].length(), out, at);
            at += parts[i].length();
            if (i > 0) {
                out[at++] = '>';
            }
        }
        return new String(out);
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
