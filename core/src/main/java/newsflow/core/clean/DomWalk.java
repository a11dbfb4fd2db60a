package newsflow.core.clean;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Depth-first walks of a Jsoup tree that read each element's children by index. Jsoup's {@code NodeTraversor} moves
 * on with {@code nextSibling()}, which reads the node's parent, the parent's child list and that list's validity
 * flag for every node: three dependent loads, cache misses on a tree of thousands of nodes, about a fortieth of the
 * per-page path. Here the walk keeps the parent and the index itself. Iterative (an explicit stack), so any depth of
 * nesting is walked. The tree must not change during the walk.
 */
public final class DomWalk {
    private DomWalk() {
    }

    /** What a walk calls for each node. */
    public interface Visitor {
        /**
         * @param node the node reached, in document order
         * @return whether to walk its children
         */
        boolean head(Node node);

        /** Called when the walk leaves {@code node}, after its children (whether they were walked or not). */
        default void tail(Node node) {
        }
    }

    /**
     * Walks {@code root} and what it holds, {@code root} first.
     *
     * @param root the tree's root
     * @param visitor called on entering and leaving each node
     */
    public static void walk(Node root, Visitor visitor) {
        if (!visitor.head(root) || !(root instanceof Element) || root.childNodeSize() == 0) {
            visitor.tail(root);
            return;
        }
        Element[] parents = new Element[32];
        int[] next = new int[32];
        int top = 0;
        parents[0] = (Element) root;
        while (top >= 0) {
            Element parent = parents[top];
            int i = next[top];
            if (i == parent.childNodeSize()) {
                visitor.tail(parent);
                top--;
                continue;
            }
            next[top] = i + 1;
            Node child = parent.childNode(i);
            if (visitor.head(child) && child instanceof Element e && e.childNodeSize() > 0) {
                if (++top == parents.length) {
                    parents = java.util.Arrays.copyOf(parents, 2 * top);
                    next = java.util.Arrays.copyOf(next, 2 * top);
                }
                parents[top] = e;
                next[top] = 0;
            } else {
                visitor.tail(child);
            }
        }
    }

    /**
     * Walks the elements of {@code root}, {@code root} first, in document order; other nodes are passed over.
     *
     * @param root the tree's root
     * @param visitor called for each element
     */
    public static void elements(Element root, java.util.function.Consumer<Element> visitor) {
        walk(root, node -> {
            if (node instanceof Element e) {
                visitor.accept(e);
                return true;
            }
            return false;
        });
    }
}
