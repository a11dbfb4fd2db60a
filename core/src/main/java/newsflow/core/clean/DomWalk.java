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

    /**
     * A walk as a loop the caller writes: {@code for (Cursor c = new Cursor(root); c.next(); ) { if (c.entering()) …
     * else … }}. Each event is a node entered (in document order) or left (after its children). The code for each node
     * sits in the caller's own loop, where the JIT compiles it in; a visitor interface called from one shared loop
     * would see a different class from each caller, which C2 compiles as a virtual call.
     */
    public static final class Cursor {
        private final Node root;
        private Element[] parents = new Element[32];
        private int[] next = new int[32];
        /** Index of the innermost open element in {@link #parents}, -1 when none is. */
        private int top = -1;
        private Node node;
        private boolean entering;
        private boolean skip;

        /** @param root the tree's root: the first event enters it, the last leaves it */
        public Cursor(Node root) {
            this.root = root;
        }

        /** @return whether there is a next event; false once {@code root} has been left */
        public boolean next() {
            if (node == null) {
                node = root;
                entering = true;
                return true;
            }
            if (entering) {
                if (!skip && node instanceof Element e && e.childNodeSize() > 0) {
                    if (++top == parents.length) {
                        parents = java.util.Arrays.copyOf(parents, 2 * top);
                        next = java.util.Arrays.copyOf(next, 2 * top);
                    }
                    parents[top] = e;
                    next[top] = 0;
                } else {
                    skip = false;
                    entering = false; // a leaf, or children not wanted: left at once
                    return true;
                }
            }
            if (top < 0) {
                return false;
            }
            Element parent = parents[top];
            int i = next[top];
            if (i == parent.childNodeSize()) {
                top--;
                node = parent;
                entering = false;
                return true;
            }
            next[top] = i + 1;
            node = parent.childNode(i);
            entering = true;
            return true;
        }

        /** @return the node entered or left */
        public Node node() {
            return node;
        }

        /** @return whether the event enters {@link #node()} (else it leaves it) */
        public boolean entering() {
            return entering;
        }

        /** After an event that enters a node: its children are passed over, and the next event leaves it. */
        public void skipChildren() {
            skip = true;
        }
    }
}
