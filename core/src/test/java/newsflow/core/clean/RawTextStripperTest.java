package newsflow.core.clean;

import static newsflow.core.clean.StrippedTrees.emptied;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RawTextStripperTest {
    /**
     * The contract: Jsoup's tree of the stripped page is the tree of the page as it came, but for the text of the
     * scripts (JSON-LD aside) and styles. Either may keep its text where the scan could not be sure; nothing else
     * may change.
     */
    static void assertSameTreeApartFromRawText(byte[] page, Charset charset) {
        byte[] stripped = RawTextStripper.strip(page);
        Document before = Jsoup.parse(new String(page, charset), "https://example.com/");
        Document after = Jsoup.parse(new String(stripped, charset), "https://example.com/");
        java.util.Set<String> bodies = new java.util.HashSet<>();
        before.select("script, style").forEach(e -> bodies.add(e.data()));
        for (Element e : after.select("script:not([type*=ld+json]), style")) {
            // (compared with every body: removed elements shift the positions a selector would name)
            assertThat(e.data()).as("a raw text element keeps all its text or none").isIn("", bodies.contains(e.data()) ? e.data() : null);
        }
        // (the elements may also go: the trees are compared without them)
        assertThat(emptied(after).outerHtml()).isEqualTo(emptied(before).outerHtml());
        // and node for node, without the pretty printer's reindenting (runs of white space may be shorter)
        before.outputSettings().prettyPrint(false);
        after.outputSettings().prettyPrint(false);
        assertThat(spacesJoined(after.outerHtml())).isEqualTo(spacesJoined(before.outerHtml()));
    }

    /** @return the serialized tree with each run of white space (a form feed is written as a reference) as one space */
    private static String spacesJoined(String html) {
        return html.replace("&#xc;", " ").replaceAll("[ \t\n\f\r]+", " ");
    }

    private static String stripped(String html) {
        return new String(RawTextStripper.strip(html.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void shouldRemoveScriptsAndStylesButKeepJsonLd() {
        String html = "<html><head><style>p{color:red}</style><script>var a = \"</div>\";</script>"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script></head>"
                + "<body><p>text</p><SCRIPT TYPE=\"text/javascript\">b()</SCRIPT ><p>more</p></body></html>";
        assertThat(stripped(html)).isEqualTo("<html><head>"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script></head>"
                + "<body><p>text</p><p>more</p></body></html>");
        assertSameTreeApartFromRawText(html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    @Test
    void shouldRemoveCommentsWhereNoTextJoinsAcrossThem() {
        assertThat(stripped("<p>a<!-- note --></p>\n<!--[if IE]><p>old</p><![endif]-->\n<p>c <!-- d --></p><!---->"))
                .isEqualTo("<p>a</p>\n\n<p>c </p>");
        assertThat(stripped("<p>x</p><!-->y<!--->z <!-- a --!><p>")).isEqualTo("<p>x</p>y<!--->z <p>");
        // kept where the text before and the text after would join into something else: a character reference, a
        // '<', a CR and a LF, white space and text (which the head sends to the body), words; and after </body>
        for (String html : new String[] {"<p>&amp<!-- -->;</p>", "<p>&#12<!-- -->3</p>", "<p>x<<!-- -->p>y</p>",
            "<pre>a\r<!-- -->\nb</pre>", "<pre><!-- -->\nb</pre>", "<!DOCTYPE html><p>x</p>", "<svg><![CDATA[a]]></svg>",
            "<head> <!-- -->x", "<p>a <!-- --> b</p>", "<p>a</p></body> <!-- -->c", "<p>a</p></html><!-- -->\n<u>c</u>"}) {
            assertThat(stripped(html)).as(html).isEqualTo(html);
            assertSameTreeApartFromRawText(html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
    }

    @Test
    void shouldRemoveTheLinksToWhatNewsflowNeverReads() {
        String head = "<head><link rel=stylesheet href=a.css><LINK REL=\"preconnect dns-prefetch\" href=//cdn>"
                + "<link rel=canonical href=/a><link rel=alternate type=application/rss+xml href=/f><link rel=\"next\" href=/2>"
                + "<link rel=author href=/me><link rel=\"icon stylesheet\" href=i><link rel=\"stylesheet canonical\" href=/b>"
                + "<link href=\"/css/related.css\" rel=stylesheet><link rel=&#115;tylesheet href=c><link rel=icon rel=canonical href=/c>"
                + "<link href=x></head><p>t</p>";
        assertThat(stripped(head)).isEqualTo("<head>"
                + "<link rel=canonical href=/a><link rel=alternate type=application/rss+xml href=/f><link rel=\"next\" href=/2>"
                + "<link rel=author href=/me><link rel=\"stylesheet canonical\" href=/b>"
                + "<link rel=&#115;tylesheet href=c><link rel=icon rel=canonical href=/c>"
                + "<link href=x></head><p>t</p>");
        assertSameTreeApartFromRawText(head.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        // found by a review's fuzzer: a "rel" that is no attribute of its own; a column group Jsoup opens for a <col>
        // (a script or link in it would close it); after </body> (the next token goes back to the body); a doctype
        // Jsoup reads on to the next '>' (the page is left as it is)
        for (String odd : new String[] {"<table><col><script></script><col>", "<table><col><link rel=icon><template>",
            "<dd><s><dt></body><style></style>&#12", "<b>a</b></body><script></script>\n<u>c</u>",
            "<p>a</p></body>\n<script>x</script>\n</html>", "<!DOCTYPE ><!-- c --><p>x</p>",
            "<!DOCTYPEc><!-- c --><html lang=en><p>x</p>", "<link> <script></script>2", "<head></head> <!-- -->x",
            // a second round: a template keeps a select open past its </select>; a NUL makes a tag name "link\uFFFD";
            // a CDATA section is text that Jsoup joins to the text before it in a table
            "<select><template></select></template><style>}</style>", " ".repeat(1100) + "<p><link\u0000 rel=icon>",
            "<table><b><tr>;<!-- c --><![CDATA[a]]>", "<table><b><tr>x<script></script><![CDATA[a]]>",
            "<table><nobr><table>z<link rel='preload'><![CDATA[", "<table><b><tr><![CDATA[a]]><!-- c -->;",
            // an unclosed title after a double-escaped script (where the scan stops): Jsoup ends it where its buffer
            // stands, which a cut before would move
            "<p>   <script><!--<script></script></script>" + "y".repeat(26) + "<title>" + ("<i>" + "w".repeat(40)).repeat(60)}) {
            assertSameTreeApartFromRawText(odd.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        assertThat(stripped("<!DOCTYPE ><p data-x=1>x</p>")).isEqualTo("<!DOCTYPE ><p data-x=1>x</p>");
        for (String odd : new String[] {"<p><link 'rel=stylesheet>", "<p><link \"rel=icon>", "<p><link f= rel=icon>",
            "<p><link f=\"x\"rel=icon>"}) {
            assertSameTreeApartFromRawText(odd.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        String first = "<link rel=stylesheet href=a.css><!DOCTYPE html><p>x<table><td>y</table>";
        assertThat(stripped(first)).isEqualTo(first);
        assertSameTreeApartFromRawText(first.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertThat(UnreadMarkup.namesNothingRead("Stylesheet\tpreload")).isTrue();
        assertThat(UnreadMarkup.namesNothingRead(" ")).isFalse();
        assertThat(UnreadMarkup.namesNothingRead("icon author")).isFalse();
    }

    @Test
    void shouldOnlyEmptyTheScriptsItCannotRemoveWhole() {
        // inside SVG (an SVG script is text unless it closes itself), where a reference before it would take the text
        // after it in, before the first start tag (it would set quirks mode, where a table does not close a
        // paragraph; it makes the head, whose own tag then loses its attributes), and once a colgroup opened (a script
        // there closes it: the col after it goes to a colgroup of its own)
        for (String html : new String[] {"<svg><script>a()</script></svg><p>x</p>", "<p>&amp<script>a()</script>;</p>",
            "<script>a()</script><!DOCTYPE html><p>x<table><td>y</table>", "<html><script>a()</script><head prefix=og>",
            "<table><colgroup><script>a()</script><col><tr><td>x</td></tr></table>"}) {
            assertThat(stripped(html)).as(html).isEqualTo(html.replace("a()", ""));
            assertSameTreeApartFromRawText(html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
    }

    @Test
    void shouldReturnThePageItselfWhenThereIsNothingToStrip() {
        byte[] page = "<p>no scripts <b>here</b></p><script type=application/ld+json>{}</script>".getBytes(StandardCharsets.UTF_8);
        assertThat(RawTextStripper.strip(page)).isSameAs(page);
        byte[] utf16 = "<script>a()</script><p>x</p>".getBytes(StandardCharsets.UTF_16LE);
        assertThat(RawTextStripper.strip(utf16)).isSameAs(utf16);
    }

    @Test
    void shouldNotTakeScriptTagsInCommentsAttributesOrRcdataForScripts() {
        assertThat(stripped("<!-- <script> --><p>kept</p><script>x</script>")).isEqualTo("<p>kept</p>");
        assertThat(stripped("<div class=\"<script>\">kept</div><script>x</script>")).isEqualTo("<div class=\"<script>\">kept</div>");
        assertThat(stripped("<div title=\"<script>\">kept</div><script>x</script>")).isEqualTo("<div >kept</div>");
        assertThat(stripped("<title>On <style> tags</title><p>kept</p>")).isEqualTo("<title>On <style> tags</title><p>kept</p>");
    }

    @Test
    void shouldLeaveTheAttributesOfATagWithMoreThanJsoupKeeps() {
        // Jsoup keeps a tag's first 512 attributes: cutting some would let type=hidden in (the input would stay in the
        // table instead of going before it) and class=k onto the paragraph
        String input = "<table><tr><td>a</td></tr><input" + " alt=a".repeat(512) + " type=hidden></table>";
        String paragraph = "<p" + " title=a".repeat(512) + " class=k>x</p><p title=b>y</p>";
        for (String html : new String[] {input, paragraph, "<p" + " alt=a".repeat(300) + " X=1".repeat(300) + " class=k>z"}) {
            assertSameTreeApartFromRawText(html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        assertThat(stripped(paragraph)).endsWith("<p >y</p>"); // (another tag's attributes still go)
    }

    @Test
    void shouldDropTheAttributesNewsflowNeverReads() {
        assertThat(stripped("<img src=\"a.jpg\" srcset=\"a.jpg 1x, b.jpg 2x\" sizes=\"100vw\" data-lazy=\"c.jpg\" alt=\"A\">"
                + "<a href=\"/x\" onclick=\"go()\" DATA-Track='1' class=k>x</a><svg><path d=\"M0 0L9 9\"/></svg>"))
                .isEqualTo("<img     ><a href=\"/x\"   class=k>x</a><svg><path /></svg>");
        assertThat(RawTextStripper.dropsAttribute("data-x")).isTrue();
        assertThat(RawTextStripper.dropsAttribute("ONLOAD")).isTrue();
        assertThat(RawTextStripper.dropsAttribute("D")).isTrue();
        assertThat(RawTextStripper.dropsAttribute("data")).isFalse();
        assertThat(RawTextStripper.dropsAttribute("on")).isFalse();
        assertThat(RawTextStripper.dropsAttribute("src")).isTrue();
        assertThat(RawTextStripper.dropsAttribute("viewBox")).isTrue();
        assertThat(RawTextStripper.dropsAttribute("aria-label")).isTrue();
        assertThat(RawTextStripper.dropsAttribute("srcs")).isFalse();
        // what newsflow or Jsoup's tree builder reads stays
        for (String kept : new String[] {"href", "class", "id", "rel", "type", "style", "hidden", "role", "itemprop",
            "content", "name", "property", "datetime", "lang", "dir", "charset", "http-equiv", "encoding", "color", "face",
            "size", "action", "prompt", "xmlns", "aria-hidden", "itemscope", "itemtype", "pubdate", "xml:lang"}) {
            assertThat(RawTextStripper.dropsAttribute(kept)).as(kept).isFalse();
        }
        assertThat(RawTextStripper.dropsAttribute("s\u0131zes")).isFalse();
        assertThat(RawTextStripper.dropsAttribute("")).isFalse();
    }

    @Test
    void shouldShortenWhiteSpaceBetweenTagsButNotInsidePre() {
        assertThat(stripped("<div>\n    <p>a  b</p>\n\n  <p>c</p>\r\n  </div>  x <  y"))
                .isEqualTo("<div>\n<p>a  b</p>\n<p>c</p>\r\n</div>  x <  y");
        String pre = "<p>x</p>\n  <pre>\n\n  a\n   <b>b</b>\n  </pre>\n  <p>y</p>";
        assertThat(stripped(pre)).isEqualTo("<p>x</p>\n<pre>\n\n  a\n   <b>b</b>\n  </pre>\n  <p>y</p>");
        assertSameTreeApartFromRawText(pre.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertThat(stripped("<LISTING>\n\n  <i>a</i>   </LISTING>")).isEqualTo("<LISTING>\n\n  <i>a</i>   </LISTING>");
    }

    @Test
    void shouldLeaveWhiteSpaceThatJoinsTextAsItIs() {
        for (String html : new String[] {"a</>   <p>x", "a</>   </>b", "<p>   </"}) {
            assertThat(stripped(html)).isEqualTo(html);
        }
    }

    @Test
    void shouldReturnUtf16AndUtf32AndHzPagesAsTheyCame() {
        for (String text : new String[] {"\uFEFF\u4E2D\u613C\u6F20\u4E6E\u4E3E\u6587\u5B57", "\u2009\u613C<p>x  </p>\n  <p>y</p>",
            "\u2020\u2020\u3C61 <div data-x=1>"}) {
            for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16,
                Charset.forName("UTF-32")}) {
                byte[] page = text.getBytes(cs);
                assertThat(RawTextStripper.strip(page)).as(cs + " " + text).isSameAs(page);
            }
        }
        byte[] hz = "<p data-x=1>~{<:Ky~}</p>\n\n  <p>x</p>".getBytes(StandardCharsets.US_ASCII);
        assertThat(RawTextStripper.strip(hz)).isSameAs(hz);
    }

    @Test
    void shouldKeepTheAttributesOfFormattingElementsWhichTheTreeBuilderCompares() {
        String html = "<p><b data-x=1><b data-x=2><b data-x=3><b data-x=4>t</p><p>u</p>";
        assertThat(stripped(html)).isEqualTo(html);
        assertSameTreeApartFromRawText(html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertThat(stripped("<span data-x=1>t</span>")).isEqualTo("<span >t</span>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<div data-x =y class=z>t</div>",
        "<div a data-x=\"1\" =z>t</div>",
        "<div a data-x =z>t</div>",
        "<br/data-x><p/data-y=\"1\">t</p>",
        "<div data-x=\"1\"/>t</div><div data-x=1 />u",
        "<svg><path d=\"M0\"/><g data-x=1/><circle D='1' /></svg><p>t</p>",
        "<a data-x=\"1\"data-y=2 class=k>t</a>",
        "<div data-x= >t</div><div data-x=>u</div><div data-x=\"\">v</div>",
        "<div onclick=a/ b>t</div><div onclick=a/>u</div>",
        "<p data-x=\"a>b\" data-y='c\"d'>t</p>",
        "<p data-x=\"1\" data-x=\"2\" class=a CLASS=b>t</p>",
        "<div data-x=\"1\"",
        "<div data-x=\"1",
        "<div data-x",
        "<script data-x=\"1\">x()</script><script type=\"application/ld+json\" data-x=\"1\">{}</script><p>t</p>",
        "<div DATA-X=\"1\" Data-Y>t</div><svg><path D=\"M0\" /></svg>",
        "<html data-x=\"1\"><body data-y=\"2\"><p>t</p><body data-z=\"3\" class=c>",
        "<table><tr><td data-x=1>a<input type=hidden data-y=2></td></tr></table>",
        "<noscript data-x=1><img data-src=a.jpg></noscript><p>t</p>",
        "<title data-x=1>T</title><textarea data-x=2>a</textarea><p>t</p>",
        "<select data-x=1><option data-y=2>o</select><p>t</p>",
        "<div\tdata-x=1\ndata-y=2\fclass=c\r>t</div>",
        "<div =data-x data-y==1>t</div>",
        "<div data-x=&amp;1 title=&quot;>t</div>",
        "<font data-x=1 color=red><nobr data-y=2>t</nobr></font><svg><font data-x=1 size=3>u</font></svg>",
        "<l on\u000b>t</l><l data-p\n\u0000>u</l><p sizes\t\u0000>v</p><p data-x=1 \u0001>w</p>",
        "<math\u000b><script><a</script>><p>t</p>",
        "<svg\u000b><style><a</style><p>t</p></svg\u0001><style>u{}</style><p>v</p>",
        "<script\u000b>\"<style>\"</script><p>keep</p></style><script\u000b>x</script\u000b><p>end</p>",
        "<script>a</script\u000b><p>hidden</p></script><p>t</p>",
        "<svg><stri\u212ae>x</stri\u212ae><style><a</style></svg><p>t</p>",
        "<table>\n  <tr>\n    <td>a</td>\n  </tr>\n</table>\n  <select>\n  <option>o</option>\n</select>",
        "<head>\n  <title>t</title>\n  <meta charset=utf-8>\n</head>\n\n<body>\n  <textarea>\n\n  a</textarea>\n  <pre\u000b>\n\n  b   </pre>",
        "<b>a</b>  \n  <i>b</i> \t <svg>\n  <text>  c  </text>\n</svg>  <math>\n <mi>x</mi>\n </math>",
        "<body><noscript><pre>a</noscript>\n\n   <b>b</b>  \n\n  <p>c</p>",
        "<head><noscript><pre>a</noscript>\n\n   <b>b</b>  \n\n  <p>c</p>",
        "<body><noscript><listing>a</noscript>\n\n   <b>b</b>  \n\n  <p>c</p>",
        "<body><![CDATA[x]> <pre> ]]>\n\n   <b>b</b>  \n\n  <p>c</p>",
        "<p><stri\u212ae data-x=1><stri\u212ae><stri\u212ae><stri\u212ae></p>x",
    })
    void shouldLeaveTheTreeAsItWasApartFromTheDroppedAttributes(String html) {
        assertSameTreeApartFromRawText(html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<div data-x=\"<script>\">text</div><script>a()</script><p>after</p>",
        "<div title='a>b <style>'>t</div><style>s{}</style><p>z</p>",
        "<!-- <script> --><p>kept</p><script>x</script><p>y</p>",
        "<!--><script>a</script><p>b</p><!---><style>c{}</style><p>d</p>",
        "<!-- a --!><script>b</script><p>c</p><!-- <style> -->",
        "<title>a <script> b</title><p>x</p><script>y</script><textarea><style></textarea><p>p</p><style>q{}</style>",
        "<script><!-- document.write(\"<script>x</script>\"); --></script><p>after</p><script>z</script><p>end</p>",
        "<script><!-- a() --></script><p>after</p><script>z</script><p>end</p>",
        "<SCRIPT TYPE=\"text/javascript\">a</SCRIPT ><p>x</p><StYlE>b{}</sTyLe><p>y</p>",
        "<script>a</scripts> still script </script><p>p</p>",
        "<p>a</p><script>never ends <p>b</p>",
        "<p>a</p><style>never ends <p>b</p>",
        "<a href=x'y>l</a><script>q</script><a b=c=\"d>\">e</a><script>f</script><p>g</p>",
        "<a =\"x>\">y</a><script>z</script><p>w</p>",
        "<plaintext><script>a</script><p>b</p>",
        "<svg><style>.a{}</style><script>b</script></svg><p>x</p><script>c</script>",
        "<svg><![CDATA[ <script> ]]></svg><script>a</script><p>b</p>",
        "<?xml version=\"1.0\"?><!DOCTYPE html><script>a</script><p>b</p>",
        "<div></div foo=\">\"><script>a</script><p>b</p>",
        "<iframe><script>x</script></iframe><script>y</script><p>z</p>",
        "<noscript><style>.x{}</style><p>n</p></noscript><p>after</p>",
        "<script src=x />a()</script><p>p</p>",
        "<xmp><script></xmp><p>a</p><script>b</script>",
        "<p>a < b and c<d</p><script>e</script><p>f</p>",
        "<script type=\"application/ld+json\">{\"a\":\"</p>\"}</script><p>x</p>",
        "<table><tr><script>a</script><td>cell</td></tr></table><select><style>s</style><option>o</select>",
        "<select><style><p>x</p></style><script>a</script><title><p>t</p></title><option>o</select><style>s</style>",
        "<select><option>o<textarea><style>s</style></textarea><style>u</style><p>v</p>",
        "<svg><style><p>x</p></style><script><p>y</p></script><title>t</title></svg><style>z</style><p>w</p>",
        "<svg><style>.a{}</svg><p>article text</p><style>b{}</style><p>more</p>",
        "<svg/><style><p>x</p></style><p>y</p>",
        "<math><script><p>y</p></script><style><p>x</p></style></math><script>z</script><p>w</p>",
        "<svg><foreignObject><style>a{}</style></foreignObject></svg><style>b</style><p>c</p>",
        // found by a review (a fuzzer over tricky fragments and real pages)
        "<p>a</p></",
        "<script>a</script><p>b</p></",
        "<script>a</script><p>b</p><?",
        "<script>a</script><p>b</p><!-- never closed <p>c</p>",
        "<script>x=\"</div\";</script><p>Article</p><script>y()</script><p>b</p>",
        "<style>x</d</style><p>A</p><style>y</style><p>b</p>",
        "<script>a</scr\u0131pt><p>lost</p></script><p>b</p>",
        "<svg class=icon/><style>.a{}</svg><p>article text</p><style>b{}</style><p>more</p>",
        "<svg><div><xmp><script>x</script></xmp>",
        "<svg><foreignObject><textarea><script>x</script></textarea></foreignObject></svg>",
        "<math><p><iframe></math><script>x</script></iframe>",
        "<select><svg></select><textarea><script>x</script></textarea>",
        "<template><svg></template><textarea><script>x</script></textarea>",
        "<select><option>o<input><title><script>x</script></title>",
        "<select><option>o<select><style>s</style><p>p</p>",
        "<head><noscript><script>x</script></noscript></head><p>a</p><script>y</script>",
        "<frameset><script><frame src=a></script></frameset>",
        "<svg><script>x</script></svg><frameset><frame src=a></frameset>",
        "<svg><script href=a.js /></svg><p>Article</p><script>b()</script><p>after</p>",
        "<script type=\"application/ld&#43;json\">{\"a\":1}</script><script>b</script>",
        "<title>a</TITLE><script>b</script><p>c</p>",
    })
    void shouldLeaveTheTreeAsItWasApartFromRawText(String html) {
        assertSameTreeApartFromRawText(html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    @Test
    void shouldEndOnEveryTruncatedPage() {
        String page = "<html><head><script>a()</script><!-- c --><style>p{}</style></head><body><p title='t'>x</p></body>";
        for (int cut = 0; cut <= page.length(); cut++) {
            String truncated = page.substring(0, cut);
            assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> RawTextStripper.strip(truncated.getBytes(StandardCharsets.UTF_8)));
            assertSameTreeApartFromRawText(truncated.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
    }

    @Test
    void shouldLeaveThePageWhereJsoupsBufferDecidesAnUnclosedTextarea() {
        String html = "<script>" + "x".repeat(3000) + "</script><p>a</p><textarea>" + "<b>t</b>".repeat(300);
        assertThat(RawTextStripper.strip(html.getBytes(StandardCharsets.UTF_8))).isEqualTo(html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldReadManyBangClosedCommentsOnce() {
        String html = "<!--a--!>".repeat(20_000) + "<script>x</script><p>y</p>";
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> RawTextStripper.strip(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(stripped(html)).isEqualTo("<script></script><p>y</p>"); // (the first start tag: only emptied)
    }

    @Test
    void shouldLeaveSevenBitIso2022PagesAsTheyAre() {
        Charset jis = Charset.forName("ISO-2022-JP");
        byte[] page = "<p>首渥畚→</p><p title=\"a>b <script>x</script>\">text</p><script>y</script>".getBytes(jis);
        assertThat(RawTextStripper.strip(page)).isSameAs(page);
    }

    @Test
    void shouldKeepMultiByteCharactersWhoseTrailBytesAreAscii() {
        // Shift_JIS: 表 = 95 5C, ソ = 83 5C, ア = 83 41, 能 = 94 5C; GBK and Big5 trail bytes are ASCII letters too
        String html = "<p title='表ソ'>表ソア能</p><script>var s = 'ア';</script><p>ソ<b>能</b></p><style>p{}</style>";
        for (String cs : new String[] {"Shift_JIS", "GBK", "Big5", "EUC-KR", "windows-1256"}) {
            Charset charset = Charset.forName(cs);
            String text = cs.equals("windows-1256") ? html.replace("表ソア能", "خبر").replace("ソ", "خ").replace("能", "ب")
                    .replace("表", "ع").replace("ア", "ر") : html;
            byte[] page = text.getBytes(charset);
            assertSameTreeApartFromRawText(page, charset);
            assertThat(RawTextStripper.strip(page).length).as(cs).isLessThan(page.length);
        }
    }
}
