package newsflow.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DomPrunerTest {
    private static Document pruned(String html) {
        Document doc = Jsoup.parse(html);
        DomPruner pruner = new DomPruner();
        for (Element e : doc.body().getAllElements()) {
            pruner.consider(e);
        }
        pruner.prune(doc);
        return doc;
    }

    @ParameterizedTest
    @CsvSource({
        // letters outside the form, letters in it, whether it stays: it goes when it holds less than half the body's
        "aaaa, bbbb, true", // 4 of 8: half, not less
        "aaaaa, bbbb, true", // 4 of 9: 9 / 2 is 4 in whole letters
        "aaaaaa, bbbb, false", // 4 of 10
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, bb, false", // (counting stops long before the end of the body)
        "a, bbbbbbbbbb, true"})
    void shouldRemoveAFormHoldingLessThanHalfTheBodysLetters(String outside, String inside, boolean stays) {
        Document doc = pruned("<p>" + outside + "</p><form><p>" + inside + "</p></form><p>.</p>");
        assertThat(doc.select("form")).hasSize(stays ? 1 : 0);
        assertThat(doc.body().text()).startsWith(outside);
    }

    @Test
    void shouldJudgeEachFormAgainstTheWholeBody() {
        // 7 letters in all: the form of 2 goes (2 < 3), the form of 4 stays
        Document doc = pruned("<p>a</p><form id=small><p>bb</p></form><form id=large><p>cccc</p></form><script>x()</script>");
        assertThat(doc.select("form").eachAttr("id")).containsExactly("large");
        assertThat(doc.select("script")).isEmpty();
    }
}
