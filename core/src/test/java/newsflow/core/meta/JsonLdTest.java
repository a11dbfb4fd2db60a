package newsflow.core.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** JSON-LD as pages write it: the article's text in {@code articleBody}, as text, as HTML, or with character references. */
class JsonLdTest {
    @Test
    void shouldReadEachLineOfATextArticleBodyAsAParagraph() {
        assertThat(JsonLd.paragraphs("First paragraph.\n\n  Second   paragraph.\r\nThird, with a < sign and a > sign."))
                .containsExactly("First paragraph.", "Second paragraph.", "Third, with a < sign and a > sign.");
    }

    @Test
    void shouldReadAnArticleBodyWrittenAsHtmlAsHtml() {
        String html = "<p>The council approved the <strong>new budget</strong> on Tuesday.</p>\n<p>Officials said the money"
                + " would go to schools.<br/>And roads.</p><h2>What comes next</h2><ul><li>A vote</li><li>A &amp; B</li></ul>"
                + "<script>var tracking = 1;</script><div>Text in a bare div</div>";
        assertThat(JsonLd.paragraphs(html)).containsExactly("The council approved the new budget on Tuesday.",
                "Officials said the money would go to schools.", "And roads.", "What comes next", "A vote", "A & B",
                "Text in a bare div");
    }

    @Test
    void shouldDecodeTheCharacterReferencesOfATextArticleBody() {
        // WordPress writes the text's typographic quotes and ampersands into JSON-LD as references
        assertThat(JsonLd.paragraphs("The mayor&#8217;s plan &amp; its cost.\nA &#x201C;fair&#x201D; deal."))
                .containsExactly("The mayor\u2019s plan & its cost.", "A \u201Cfair\u201D deal.");
    }

    @Test
    void shouldKeepTheLinesOfATextArticleBodyWithInlineTags() {
        assertThat(JsonLd.paragraphs("First paragraph.\n\nSecond, see <a href='/r'>the full report</a>.\n\nThird <em>in italics</em>."))
                .containsExactly("First paragraph.", "Second, see the full report.", "Third in italics.");
    }

    @Test
    void shouldLeaveScriptsCommentsAndTagsOutOfAnArticleBodyWithInlineTags() {
        assertThat(JsonLd.paragraphs("One <a\nhref='/x'>link</a> here.\n<script>\nvar tracking = 1;\n</script>\n<!-- a\ncomment -->\nTwo."))
                .containsExactly("One link here.", "Two.");
        assertThat(JsonLd.paragraphs("<p>One<p>Two")).containsExactly("One", "Two");
    }

    @Test
    void shouldReadTextThatOnlyNamesTagsAndBareAmpersandsAsText() {
        assertThat(JsonLd.paragraphs("Developers wrap it in a <b> element, and paragraphs go in a <p> element.\nThe site was"
                + " https://x.example/?a=1&copy=2&reg=3 at the time.")).containsExactly(
                "Developers wrap it in a <b> element, and paragraphs go in a <p> element.",
                "The site was https://x.example/?a=1&copy=2&reg=3 at the time.");
    }

    @Test
    void shouldNameOnlyAPersonOrAnOrganizationAsTheAuthorAnIdRefersTo() {
        String graph = "{\"@graph\": [{\"@type\": \"NewsArticle\", \"@id\": \"#article\", \"headline\": \"Budget approved\", \"name\": \"Budget approved\","
                + " \"author\": [{\"@id\": \"#article\"}, {\"@id\": \"#webpage\"}, {\"@type\": \"Person\", \"@id\": \"#jane\"}]},"
                + " {\"@type\": \"WebPage\", \"@id\": \"#webpage\", \"name\": \"Budget approved - City Times\"},"
                + " {\"@type\": \"Person\", \"@id\": \"#jane\", \"name\": \"Jane Roe\"}]}";
        String more = "{\"@graph\": [{\"@type\": \"NewsArticle\", \"headline\": \"Budget approved\", \"author\": [{\"@id\": \"#ngo\"}, {\"@id\": \"#untyped\"}, {\"@id\": \"#both\"}]},"
                + " {\"@type\": \"NGO\", \"@id\": \"#ngo\", \"name\": \"Budget Watch\"}, {\"@id\": \"#untyped\", \"name\": \"John Doe\"},"
                + " {\"@type\": [\"Person\", \"CreativeWork\"], \"@id\": \"#both\", \"name\": \"Ann Lee\"}]}";
        assertThat(JsonLd.of(Jsoup.parse("<script type='application/ld+json'>" + more + "</script>").select("script"), List.of()).authors())
                .containsExactly("Budget Watch", "John Doe", "Ann Lee");
        var doc = Jsoup.parse("<script type='application/ld+json'>" + graph + "</script>");
        // the article and its page name no author; a typed reference to the Person is no definition of it
        assertThat(JsonLd.of(doc.select("script"), List.of()).authors()).containsExactly("Jane Roe");
    }

    @Test
    void shouldFindTheArticleBodyOfTheArticleNode() {
        var doc = Jsoup.parse("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"articleBody\": \"<p>One.</p><p>Two.</p>\"}</script>");
        JsonLd ld = JsonLd.of(doc.select("script"), List.of());
        assertThat(JsonLd.paragraphs(ld.text("articleBody").orElseThrow())).containsExactly("One.", "Two.");
    }
}
