package newsflow.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TagPathsTest {
    @Test
    void shouldNameEachElementByTagAndFirstClassFromTheBodyDown() {
        Document doc = Jsoup.parse("<body><div class=' main  wide'><article><p id=x>text</p></article></div></body>");
        assertThat(new TagPaths().of(doc.getElementById("x"))).isEqualTo("body>div.main>article>p");
        assertThat(new TagPaths().of(doc.body())).isEqualTo("body");
    }

    @Test
    void shouldKeepTheDeepestElementsOfALongPathAfterAnEllipsis() {
        StringBuilder html = new StringBuilder("<body>");
        for (int i = 0; i < 14; i++) {
            html.append("<div class='d").append(i).append("'>");
        }
        html.append("<p id=x>deep</p>");
        Document doc = Jsoup.parse(html.toString());
        String path = new TagPaths().of(doc.getElementById("x"));
        assertThat(path).isEqualTo("…>div.d5>div.d6>div.d7>div.d8>div.d9>div.d10>div.d11>div.d12>div.d13>p");
        assertThat(path.split(">")).hasSize(TagPaths.MAX_DEPTH + 1);
    }

    @Test
    void shouldGiveEachBlockItsOwnPathWhenOnePageAsksForMany() {
        Document doc = Jsoup.parse("<body><div class=a><p id=x>1</p><section class='ق b'><p id=y>2</p></section></div>"
                + "<p id=z>3</p></body>");
        TagPaths paths = new TagPaths();
        assertThat(paths.of(doc.getElementById("x"))).isEqualTo("body>div.a>p");
        assertThat(paths.of(doc.getElementById("y"))).isEqualTo("body>div.a>section.ق>p");
        assertThat(paths.of(doc.getElementById("z"))).isEqualTo("body>p");
        assertThat(paths.of(doc.getElementById("x"))).isEqualTo("body>div.a>p");
    }
}
