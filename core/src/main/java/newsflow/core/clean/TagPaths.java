package newsflow.core.clean;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jsoup.nodes.Element;

/** Element paths such as {@code body>div.main>article>p}, for block features and debugging. */
final class TagPaths {
    /** Deepest elements kept in a path; longer paths start with {@code …>}. */
    static final int MAX_DEPTH = 10;

    private TagPaths() {
    }

    static String of(Element e) {
        Deque<String> parts = new ArrayDeque<>();
        Element cur = e;
        while (cur != null && !cur.nameIs("html")) {
            if (parts.size() == MAX_DEPTH) {
                parts.addFirst("…");
                break;
            }
            String cls = cur.className().trim();
            int space = cls.indexOf(' ');
            parts.addFirst(cur.normalName() + (cls.isEmpty() ? "" : "." + (space < 0 ? cls : cls.substring(0, space))));
            if (cur.nameIs("body")) {
                break;
            }
            cur = cur.parent();
        }
        return String.join(">", parts);
    }
}
