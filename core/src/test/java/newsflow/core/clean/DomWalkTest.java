package newsflow.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.junit.jupiter.api.Test;

class DomWalkTest {
    private static String name(Node n) {
        return n instanceof Element e ? e.normalName() : n.nodeName();
    }

    /** The events Jsoup's own traversal gives, skipping the children of every {@code skip} element. */
    private static List<String> jsoupEvents(Node root) {
        List<String> out = new ArrayList<>();
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                out.add("+" + name(node));
                return node instanceof Element e && e.hasClass("skip") ? FilterResult.SKIP_CHILDREN : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                out.add("-" + name(node));
                return FilterResult.CONTINUE;
            }
        });
        return out;
    }

    private static List<String> walkEvents(Node root) {
        List<String> out = new ArrayList<>();
        for (DomWalk.Cursor c = new DomWalk.Cursor(root); c.next(); ) {
            Node node = c.node();
            if (!c.entering()) {
                out.add("-" + name(node));
                continue;
            }
            out.add("+" + name(node));
            if (node instanceof Element e && e.hasClass("skip")) {
                c.skipChildren();
            }
        }
        return out;
    }

    @Test
    void shouldVisitNodesInTheOrderOfJsoupsTraversal() {
        Document doc = Jsoup.parse("<!doctype html><html><head><title>t</title><meta name=a content=b></head><body>"
                + "<div>a<p>b<b>c</b><!-- x -->d</p><ul class=skip><li>e</li></ul><br><p></p></div>tail text<table><tr>"
                + "<td>1</td></tr></table></body></html>");
        assertThat(walkEvents(doc)).isEqualTo(jsoupEvents(doc)).contains("+ul", "-ul").doesNotContain("+li");
        assertThat(walkEvents(doc.body())).isEqualTo(jsoupEvents(doc.body()));
        Element br = doc.selectFirst("br");
        assertThat(walkEvents(br)).containsExactly("+br", "-br");
    }

    @Test
    void shouldWalkNestingDeeperThanAnyStackItStartsWith() {
        StringBuilder html = new StringBuilder();
        html.append("<div>x".repeat(5_000)).append("</div>".repeat(5_000));
        Document doc = Jsoup.parse(html.toString());
        List<Element> elements = new ArrayList<>();
        for (DomWalk.Cursor c = new DomWalk.Cursor(doc.body()); c.next(); ) {
            if (c.entering() && c.node() instanceof Element e) {
                elements.add(e);
            }
        }
        assertThat(elements).hasSize(5_001).isEqualTo(doc.body().getAllElements());
        assertThat(walkEvents(doc)).isEqualTo(jsoupEvents(doc));
    }
}
