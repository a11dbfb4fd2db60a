package newsflow.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import newsflow.core.clean.Block;
import newsflow.core.decode.HttpHead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageExtractorTest {
    static final PageExtractor EXTRACTOR = new PageExtractor();
    static final String P1 = "The council approved the new budget on Tuesday after a long debate, with most members voting in favour.";
    static final String P2 = "Officials said the money would go to schools, roads and the city's two hospitals over the next three years.";

    static Extraction run(String body) {
        String html = "<html><head><title>Budget approved | City Times</title></head><body>" + body + "</body></html>";
        return runPage(html);
    }

    /** @return the extraction of a whole page, fetched on 2024-06-01 from a news URL of citytimes.example */
    static Extraction runPage(String html) {
        return EXTRACTOR.extract(new PageInput("https://citytimes.example/news/1", HttpHead.NONE,
                html.getBytes(StandardCharsets.UTF_8), Instant.parse("2024-06-01T00:00:00Z")));
    }

    /** @return the extraction of a story of one paragraph ({@link #P1}) whose head holds {@code head} after its title */
    static Extraction runWithHead(String head) {
        return runPage("<html><head><title>Budget approved</title>" + head + "</head><body><article><h1>Budget approved</h1><p>" + P1
                + "</p></article></body></html>");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "related list after the story | <ul class='related'><li><a href='/a'>Other story one</a></li><li><a href='/b'>Other story two</a></li></ul> | Other story",
        "Arabic related heading | <section><h3>مواضيع ذات صلة</h3><p><a href='/a'>خبر آخر عن الميزانية</a> وصف قصير للخبر</p></section> | خبر آخر",
        "Urdu read-also teaser | <p><strong>یہ بھی پڑھیں:</strong> <a href='/c'>بجٹ پر نئی بحث</a></p> | بجٹ پر",
        "share bar | <div class='share-bar'>Share <a href='#'>Facebook</a> <a href='#'>X</a></div> | Facebook",
        "cookie notice | <div id='gdpr'><p>We use cookies to give you the best experience. By continuing you agree to our use of cookies.</p></div> | cookies",
        "newsletter prompt | <div class='newsletter-signup'><p>Get our daily briefing in your inbox every morning.</p></div> | daily briefing",
        "comments | <section class='comments'><p>Great article, thanks for writing it, I learned so much today from reading.</p></section> | Great article",
        "copyright footer | <footer><p>© 2024 City Times. All rights reserved.</p></footer> | rights reserved",
        "figure caption | <figure><figcaption>The council chamber on Tuesday. Photo: J. Doe</figcaption></figure> | council chamber",
        "gallery controls | <div class='captionlink'><p class='open'>Caption</p><p class='close'>Close</p></div> | Caption",
        "Arabic interface label | <p><a href='/more'>المزيد</a></p> | المزيد",
        "gallery counter | <div class='nav-stats'><p>Image 1 of 23</p></div> | Image 1 of 23",
        "Persian pager counter | <p>صفحه ۲ از ۳</p> | صفحه ۲ از ۳",
        "credited caption | <div class='pic'><p>Councillors vote on the budget (Image: GETTY)</p></div> | Councillors vote",
        "agency-credited caption | <p>The new hospital wing. (City Health/AP/Reuters)</p> | new hospital wing",
        "wire credit line | <p>Reporting by Jane Roe; Editing by John Doe</p> | Editing by",
        "credited caption ending in NEXT LINE | <div class='pic'><p>Councillors vote on the budget (Image: GETTY)\u0085</p></div> | Councillors vote",
        "inbox prompt | <p>Let our news meet your inbox. The stories that matter, delivered weekday mornings.</p> | meet your inbox",
        "text size control | <div class='tools'><p>Text size</p></div> | Text size",
        "Arabic font size control | <p>حجم الخط</p> | حجم الخط",
        "Persian inbox prompt | <p>خبرهای مهم روز را هر صبح در صندوق ایمیل خود بخوانید</p> | صندوق ایمیل",
        "credit line on its own | <p>Image: YouTube</p> | Image: YouTube",
        "illustration credit | <p>Illustration by Jane Roe</p> | Illustration by",
        "Arabic credit line | <p>صورة: رويترز</p> | رويترز",
        "Spanish photo box | <div class='foto'><p>Izaskun Lesaka.</p></div> | Izaskun Lesaka",
        "French comments | <div class='commentaires'><p>Très bon article, merci pour ces explications sur le budget de la ville.</p></div> | Très bon article",
        "tweet in a comment thread | <section class='comments'><div class='comment'><div class='comment-body'><blockquote class='twitter-tweet'><p>Totally agree with this decision by the council tonight</p></blockquote></div></div></section> | Totally agree",
    })
    void shouldKeepTheStoryAndDropBoilerplate(String name, String boilerplate, String mustNotAppear) {
        Extraction e = run("<div class='page'><h1>Budget approved</h1><article><p>" + P1 + "</p>" + boilerplate
                + "<p>" + P2 + "</p></article></div>");
        assertThat(e.article()).isNotNull();
        assertThat(e.article().paragraphs()).containsExactly(P1, P2);
        assertThat(e.article().text()).doesNotContain(mustNotAppear);
        Block dropped = e.page().blocks().stream().filter(b -> b.text().contains(mustNotAppear)).findFirst().orElseThrow();
        assertThat(dropped.isContent()).isFalse();
        assertThat(dropped.reason()).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // prose that merely starts like an interface label or mentions a sign-up stays
        "More than 600 families will get new housing under the plan, officials said on Tuesday.",
        "Next steps will be announced at the council's meeting in July, the mayor told reporters.",
        "The company continued to sign up new customers throughout the year, despite the rising costs and a difficult market for everyone.",
        // prose that starts like a picture credit
        "Photos by satellite firm Planet Labs taken on Tuesday show at least four damaged aircraft at the base.",
        "Photo: two recent passport-size colour photographs.",
        "Image: Ubuntu 22.04 (LTS) x64",
    })
    void shouldKeepProseThatLooksLikeALabel(String prose) {
        Extraction e = run("<article><h1>Budget approved</h1><p>" + P1 + "</p><p>" + prose + "</p><p>" + P2 + "</p></article>");
        assertThat(e.article().paragraphs()).containsExactly(P1, prose, P2);
    }

    @Test
    void shouldKeepABodyCutIntoSectionsAroundAnAd() {
        String p3 = "The vote came after residents asked for faster repairs to the bridge that links the two halves of the city.";
        Extraction e = run("<div class='page'><h1>Budget approved</h1>"
                + "<div class='post__section'><div class='post__content'><p>" + P1 + "</p><p>" + P2 + "</p></div></div>"
                + "<div class='ad-slot'><p>Advertisement</p></div>"
                + "<div class='post__section'><div class='post__content'><p>" + p3 + "</p></div></div>"
                + "<div class='footer-links'><a href='/a'>About</a> <a href='/b'>Contact</a></div></div>");
        assertThat(e.article().paragraphs()).containsExactly(P1, P2, p3);
    }

    @Test
    void shouldKeepParagraphsThatStandEachInTheirOwnWrapperBesideTheBody() {
        // Telegraph-style markup: the first paragraphs in wrappers of their own, a related box, then the body
        String p3 = "The vote came after residents asked for faster repairs to the bridge that links the two halves of the city.";
        String p4 = "Opposition members said the plan left too little for housing, and promised to raise it again in the autumn.";
        String p5 = "The mayor thanked the council staff, who had worked through the weekend to prepare the final figures for the vote.";
        String p6 = "Two members abstained, saying they had received the final figures only on the morning of the meeting.";
        Extraction e = run("<div class='page'><h1>Budget approved</h1><div class='story'>"
                + "<div class='firstPar'><p>" + P1 + "</p></div><div class='secondPar'><p>" + P2 + "</p></div>"
                + "<div class='thirdPar'><p>" + p6 + "</p></div>"
                + "<div class='related_links_inline'><h2>Related Articles</h2><ul><li><a href='/a'>Schools get new roofs</a></li>"
                + "<li><a href='/b'>Bridge repairs start in May</a></li></ul></div>"
                + "<div class='body'><p>" + p3 + "</p><p>" + p4 + "</p><p>" + p5 + "</p></div>"
                + "<div class='tools'><a href='/print'>Print this page</a></div></div></div>");
        assertThat(e.article().paragraphs()).containsExactly(P1, P2, p6, p3, p4, p5);
    }

    @Test
    void shouldLeaveLoneProseBoxesBesideTheBodyOut() {
        // one or two paragraphs beside the body are a disclosure, a plea or a plug as often as article text
        String p3 = "The vote came after residents asked for faster repairs to the bridge that links the two halves of the city.";
        String disclosure = "We independently review everything we recommend. When you buy through our links, we may earn a commission.";
        String plea = "Local journalism like this depends on readers like you. Become a member today and support our newsroom.";
        Extraction e = run("<div class='page'><h1>Budget approved</h1><div class='story'>"
                + "<div class='disclosure'><p>" + disclosure + "</p></div>"
                + "<div class='story-text'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + p3 + "</p></div>"
                + "<div class='support-box'><p>" + plea + "</p></div></div></div>");
        assertThat(e.article().paragraphs()).containsExactly(P1, P2, p3);
        // teasers of other stories after the body, each a linked title and an excerpt, under a "Latest News" heading
        StringBuilder teasers = new StringBuilder("<h3>Latest News</h3>");
        for (int i = 0; i < 3; i++) {
            teasers.append("<div class='media'><div class='media-body'><h5><a href='/s").append(i).append("'>School board story ")
                    .append(i).append("</a></h5><p>The school board on Monday postponed a vote on closing two elementary ")
                    .append("schools, saying it needed more time to study enrollment figures.</p></div></div>");
        }
        Extraction withTeasers = run("<div class='col-md-8'><h1>Budget approved</h1><div class='article-content'><p>" + P1
                + "</p><p>" + P2 + "</p><p>" + p3 + "</p></div>" + teasers + "</div>");
        assertThat(withTeasers.article().paragraphs()).containsExactly(P1, P2, p3);
    }

    @Test
    void shouldLeaveAPageBuildersTextWidgetBesideThePostContentOut() {
        String p3 = "The vote came after residents asked for faster repairs to the bridge that links the two halves of the city.";
        String plea = "Get the latest local news delivered straight to your phone. Join our WhatsApp channel and never miss a story.";
        Extraction e = run("<div class='elementor-widget-wrap'>"
                + "<div class='elementor-element elementor-widget elementor-widget-theme-post-title'><div class='elementor-widget-container'>"
                + "<h1>Budget approved</h1></div></div>"
                + "<div class='elementor-element elementor-widget elementor-widget-theme-post-content'><div class='elementor-widget-container'>"
                + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + p3 + "</p></div></div>"
                + "<div class='elementor-element elementor-widget elementor-widget-text-editor'><div class='elementor-widget-container'>"
                + "<p>" + plea + "</p></div></div></div>");
        assertThat(e.article().paragraphs()).containsExactly(P1, P2, p3);
    }

    /** @return a page whose navigation and footer hold more letters than its short story {@code main} */
    private static Extraction runWithHeavyChrome(String main) {
        StringBuilder nav = new StringBuilder("<header><nav><ul>");
        for (int i = 0; i < 30; i++) {
            nav.append("<li><a href='/section/").append(i).append("'>Section number ").append(i).append("</a></li>");
        }
        nav.append("</ul></nav></header>");
        String footer = "<footer><div class='footer-about'><p>The City Times is an independent, reader-funded newspaper serving "
                + "the valley since 1921. Our newsroom covers local government, schools, business and culture, and we "
                + "publish corrections promptly when we get things wrong. Write to the editors at any time.</p></div></footer>";
        return run(nav + main + footer);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // Genesis: the article and the sidebar in one layout wrapper
        "layout wrapper | <div class='content-sidebar-wrap'><main class='content'><article class='post entry'>{story}</article></main>"
                + "<aside class='sidebar widget-area'><a href='/x'>Most read</a></aside></div>",
        // Elementor names every element a widget, with or without its container div
        "Elementor post content | <div class='elementor-element elementor-widget elementor-widget-theme-post-content'>"
                + "<div class='elementor-widget-container'>{story}</div></div>",
        "Elementor text editors | <div class='elementor-widget elementor-widget-text-editor'>{story}</div>",
    })
    void shouldKeepAShortStoryWhoseWrappersClassNamesMixLayoutWords(String name, String markup) {
        String p3 = "The vote came after residents asked for faster repairs to the bridge that links the two halves of the city.";
        Extraction e = runWithHeavyChrome(markup.replace("{story}", "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + p3 + "</p>"));
        assertThat(e.article()).as(e.rejection()).isNotNull();
        assertThat(e.article().paragraphs()).containsExactly(P1, P2, p3);
    }

    @Test
    void shouldLeaveTheStandfirstOutOfTheBody() {
        String deck = "The city will spend more on schools and roads next year, after a long night of debate.";
        String p3 = "The vote came after residents asked for faster repairs to the bridge that links the two halves of the city.";
        String body = "<div class='body'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + p3 + "</p></div>";
        // the page's description, in a lead box before the body
        Extraction lead = runPage("<html><head><title>Budget approved</title><meta name='description' content='" + deck
                + "'></head><body><div class='article'><div class='lead'><p>" + deck + "</p></div>" + body + "</div></body></html>");
        assertThat(lead.article().paragraphs()).containsExactly(P1, P2, p3);
        // under the headline, in the article's header
        Extraction header = run("<div class='article'><div class='head'><h1>Budget approved</h1><p>" + deck + "</p></div>" + body
                + "</div>");
        assertThat(header.article().paragraphs()).containsExactly(P1, P2, p3);
    }

    @Test
    void shouldPreferTheArticleToLongerCommentsWhoseClassesAlsoSayContent() {
        // "comment_content", "article_comment_item": a comment's content, the article's comments
        String p3 = "The vote came after residents asked for faster repairs to the bridge that links the two halves of the city.";
        StringBuilder comment = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            comment.append("<p>I have lived in this city for forty years, and reader number ").append(i)
                    .append(" agrees: every budget promises roads and schools, and every year the potholes are still there.</p>");
        }
        String item = "<div class='article_comment_item'><div class='comment_author'>Posted by a reader</div>"
                + "<div class='comment_content'>" + comment + "</div></div>";
        Extraction e = run("<div class='page'><h1>Budget approved</h1><div><p>" + P1 + "</p><p>" + P2 + "</p><p>" + p3
                + "</p></div><div class='reactions'>" + item + item.replace("reader number", "my neighbour number") + "</div></div>");
        assertThat(e.article().paragraphs()).containsExactly(P1, P2, p3);
    }

    @Test
    void shouldKeepTheStoryInsideAPageWideFormButDropSmallForms() {
        // ASP.NET pages wrap the whole page in one <form> (HTML parsing nests no form in another)
        Extraction wide = run("<form id='aspnetForm'><div class='page'><h1>Budget approved</h1><article><p>" + P1 + "</p><p>" + P2
                + "</p></article></div></form>");
        assertThat(wide.article().paragraphs()).containsExactly(P1, P2);
        // a search box or a feedback form holds little of the page's text
        Extraction small = run("<div class='page'><h1>Budget approved</h1><article><p>" + P1 + "</p>"
                + "<form class='box'><p>Search the archive of the paper</p></form><p>" + P2 + "</p></article>"
                + "<form><p>Tell us what you think about the budget vote</p></form></div>");
        assertThat(small.article().paragraphs()).containsExactly(P1, P2);
        assertThat(small.page().blocks()).extracting(Block::text).doesNotContain("Search the archive of the paper",
                "Tell us what you think about the budget vote");
    }

    @Test
    void shouldReadAttributesWhateverTheCaseTheMarkupWritesThemIn() {
        String html = "<html><head><TITLE>Budget approved</TITLE><LINK REL='Canonical' HREF='https://citytimes.example/budget-approved'>"
                + "</head><body><ARTICLE><H1>Budget approved</H1><P>" + P1 + "</P><DIV STYLE='Display: None'><P>Hidden text "
                + "that no reader sees on the page at all, however long it is.</P></DIV><P CLASS='Share-Bar'><A HREF='/x'>Facebook</A>"
                + "</P><P>" + P2 + "</P></ARTICLE></body></html>";
        Extraction e = runPage(html);
        assertThat(e.article().paragraphs()).containsExactly(P1, P2);
        assertThat(e.article().canonicalUrl()).isEqualTo("https://citytimes.example/budget-approved");
        assertThat(e.page().blocks()).extracting(Block::text).doesNotContain("Hidden text that no reader sees on the page at all, however long it is.");
        Block share = e.page().blocks().stream().filter(b -> b.text().equals("Facebook")).findFirst().orElseThrow();
        assertThat(share.linkCount()).isEqualTo(1);
        assertThat(share.isContent()).isFalse();
    }

    @Test
    void shouldMatchAttributeNamesAsBrowsersDoInsideSvgAndMathMlToo() {
        // the tokenizer lower-cases ASCII letters in every attribute name, in SVG and MathML too (Jsoup keeps their
        // case there); nothing else: a "hıdden" attribute (dotless i) hides nothing
        String formula = "The formula <math><a HREF='https://example.com/x'><mi>alpha beta gamma delta epsilon</mi></a></math> is used.";
        String hidden = "<math><mtext STYLE='display:none'>secret words nobody sees on the page</mtext></math>";
        String dotless = "A paragraph in a div with an attribute that only looks like hidden to a careless reader.";
        Extraction e = run("<article><h1>Budget approved</h1><p>" + P1 + "</p><p>" + formula + "</p><p>" + hidden + "</p>"
                + "<div h\u0131dden><p>" + dotless + "</p></div><p>" + P2 + "</p></article>");
        assertThat(e.page().outlinks()).extracting(CleanedPage.Outlink::url).contains("https://example.com/x");
        Block withLink = e.page().blocks().stream().filter(b -> b.text().startsWith("The formula")).findFirst().orElseThrow();
        assertThat(withLink.linkCount()).isEqualTo(1);
        assertThat(e.article().text()).doesNotContain("secret words").contains(dotless);
    }

    @Test
    void shouldReadTheAttributesOfALaterBodyTagAsBrowsersMergeThem() {
        // a second <body> tag adds its attributes to the body (the tokenizer lower-cases their names; Jsoup keeps them
        // as written there)
        String html = "<html><head><title>Budget approved</title></head><body>1 May 2024<body CLASS=date><article><h1>Budget "
                + "approved</h1><p>" + P1 + "</p><p>" + P2 + "</p></article></body></html>";
        Extraction e = runPage(html);
        assertThat(e.article().published()).isNotNull();
        assertThat(e.article().published().date()).hasToString("2024-05-01");
    }

    @Test
    void shouldKeepSubheadsListsQuotesAndTableRows() {
        Extraction e = run("<article><h1>Budget approved</h1><p>" + P1 + "</p><h3>What changes</h3><ol><li>Schools get new roofs.</li>"
                + "<li>Roads are repaired.</li></ol><blockquote><p>It is a good day for the city, the mayor said.</p></blockquote>"
                + "<table><tr><th>Item</th><th>Amount</th></tr><tr><td>Schools</td><td>4.1m</td></tr></table><p>" + P2 + "</p></article>");
        assertThat(e.article().paragraphs()).containsExactly(P1, "What changes", "Schools get new roofs.", "Roads are repaired.",
                "It is a good day for the city, the mayor said.", "Item | Amount", "Schools | 4.1m", P2);
    }

    @Test
    void shouldKeepAnEmbeddedPostTheStoryQuotesWhateverItsWrapperIsCalled() {
        String post = "The new budget finally funds the bridge repairs we have been asking for since 2019.";
        Extraction e = run("<article><h1>Budget approved</h1><p>" + P1 + "</p><div class='social-media-embed'>"
                + "<blockquote class='twitter-tweet'><p>" + post + "</p></blockquote></div>"
                + "<div class='social-share'><p>Share this story with your friends and family today</p></div><p>" + P2 + "</p></article>");
        // the post stays; a share bar with the same wrapper word does not
        assertThat(e.article().paragraphs()).containsExactly(P1, post, P2);
    }

    @Test
    void shouldKeepATweetEmbeddedInAWordPressFigure() {
        String post = "The new budget finally funds the bridge repairs we have been asking for since 2019.";
        Extraction e = run("<article><h1>Budget approved</h1><p>" + P1 + "</p><figure class='wp-block-embed is-type-rich "
                + "wp-block-embed-twitter'><div class='wp-block-embed__wrapper'><blockquote class='twitter-tweet'><p>" + post
                + "</p></blockquote></div></figure><figure><figcaption>The council chamber. Photo: J. Doe</figcaption></figure><p>"
                + P2 + "</p></article>");
        assertThat(e.article().paragraphs()).containsExactly(P1, post, P2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "pull quote after its paragraph | <p>QUOTED</p><p>MIDDLE</p><blockquote>QUOTED</blockquote>",
        "pull quote before its paragraph | <blockquote>QUOTED</blockquote><p>QUOTED</p><p>MIDDLE</p>",
        "pull quote in a box | <p>QUOTED</p><div class='pullquote'><p>QUOTED</p></div><p>MIDDLE</p>",
        "long paragraph written twice | <p>QUOTED</p><div class='summary-mobile'><p>QUOTED</p></div><p>MIDDLE</p>",
    })
    void shouldKeepARepeatedTextOnceWhenItIsAPullQuoteOrALongDuplicate(String name, String body) {
        String quoted = "The mayor said the vote was the most important the council had taken in a decade, and that the schools, "
                + "roads and both of the city's hospitals would feel the difference within the first year of the plan. "
                + "She thanked the residents who had come to every hearing since the spring to speak for their neighbourhoods.";
        String middle = "Opposition councillors said they would ask for a review of the spending in the spring.";
        Extraction e = run("<article><h1>Budget approved</h1><p>" + P1 + "</p>" + body.replace("QUOTED", quoted)
                .replace("MIDDLE", middle) + "<p>" + P2 + "</p></article>");
        assertThat(e.article().paragraphs()).containsExactly(P1, quoted, middle, P2);
    }

    @Test
    void shouldKeepALongLeadWithFiguresOnceWhenTheMarkupHoldsItTwice() {
        // one "word" between spaces, figures in it, ends with a closing quote: no byline for all that
        String lead = "市议会周二以压倒性多数通过了二〇二四年度预算，其中大部分资金将用于学校、道路和城市的两家医院。市长表示，这是议会十年来作出的最重要的决定之一，"
                + "居民将在第一年内感受到变化。反对派议员则表示，他们将在春季要求对这笔开支进行全面审查，并公布每一项支出的细节。议会还同意在2024年底前公布首份进展报告，"
                + "并邀请居民参加每季度一次的公开听证会，就新学校的选址和道路维修的先后顺序发表意见。市财政局负责人说，预算中的一部分将存入应急基金，"
                + "以应对可能出现的洪水和其他自然灾害，这是该市历史上第一次设立这样的基金。多位居民在会后表示，他们希望新的公交线路能够尽快开通，让老人和学生出行更加方便。市长最后说：“这是一个好的开始。”";
        Extraction e = run("<article><h1>Budget approved</h1><p>" + lead + "</p><div class='summary-mobile'><p>" + lead
                + "</p></div><p>" + P2 + "</p></article>");
        assertThat(e.article().paragraphs()).containsExactly(lead, P2);
    }

    @Test
    void shouldKeepATablesRepeatedHeaderRowInAQuotesBox() {
        Extraction e = run("<article><h1>Budget approved</h1><p>" + P1 + "</p><div class='market-quotes'><table>"
                + "<tr><th>Fund</th><th>Amount</th></tr><tr><td>Schools</td><td>4.1m</td></tr>"
                + "<tr><th>Fund</th><th>Amount</th></tr><tr><td>Roads</td><td>2.3m</td></tr></table></div><p>" + P2 + "</p></article>");
        assertThat(e.article().paragraphs()).containsExactly(P1, "Fund | Amount", "Schools | 4.1m", "Fund | Amount", "Roads | 2.3m", P2);
    }

    @Test
    void shouldKeepTheRecurringQuestionOfAnInterviewSeriesButDropARepeatedPullQuote() {
        String q = "What made you start cooking for an audience?";
        String a1 = "I wanted to share the recipes my grandmother taught me before they were forgotten by everyone.";
        String a2 = "A friend dared me to post one dish a day for a year, and I simply never stopped doing it.";
        Extraction e = run("<article><h1>Budget approved</h1><h2>Anna</h2><p>" + q + "</p><p>" + a1 + "</p><h2>Omar</h2><p>" + q
                + "</p><p>" + a2 + "</p><blockquote>" + a1 + "</blockquote><p>" + P2 + "</p></article>");
        assertThat(e.article().paragraphs()).containsExactly("Anna", q, a1, "Omar", q, a2, P2);
    }

    @Test
    void shouldKeepTheDisplayedHeadlineOutOfTheTextWhenTheTitleTagSaysItOtherwise() {
        String html = "<html><head><title>Council passes budget | City Times</title><meta property='og:title' "
                + "content='Council passes budget'></head><body><article><h1>After a long night, the council approves the budget</h1>"
                + "<p>" + P1 + "</p><p>" + P2 + "</p></article></body></html>";
        Extraction e = EXTRACTOR.extract(new PageInput("https://citytimes.example/x", HttpHead.NONE,
                html.getBytes(StandardCharsets.UTF_8), Instant.parse("2024-06-01T00:00:00Z")));
        assertThat(e.article().paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void shouldFindTheBylineByItsClassInAnyCase() {
        Extraction e = run("<article><h1>Budget approved</h1><div class='Author'>Jane Roe</div><p>" + P1 + "</p><p>" + P2
                + "</p></article>");
        assertThat(e.article().authors()).containsExactly("Jane Roe");
    }

    @Test
    void shouldSplitBrSeparatedTextIntoParagraphsNeverGlued() {
        Extraction e = run("<div class='story'><h1>Budget approved</h1>" + P1 + "<br><br>" + P2 + "</div>");
        assertThat(e.article().paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void shouldDropTheSiteSuffixButKeepDashesInTheHeadline() {
        String html = "<html><head><title>Fares cut - and service doubled - City Times</title>"
                + "<meta property='og:site_name' content='City Times'></head><body><article><p>" + P1 + "</p></article></body></html>";
        Extraction e = EXTRACTOR.extract(new PageInput("https://citytimes.example/x", HttpHead.NONE,
                html.getBytes(StandardCharsets.UTF_8), Instant.now()));
        assertThat(e.article().title()).isEqualTo("Fares cut - and service doubled");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "application/pdf | %PDF-1.7 binary",
        "text/html | ''",
        "image/png | <html>not really</html>",
    })
    void shouldRejectWhatIsNotAnHtmlArticle(String contentType, String body) {
        HttpHead head = HttpHead.parse("HTTP/1.1 200 OK\nContent-Type: " + contentType + "\n");
        Extraction e = EXTRACTOR.extract(new PageInput("https://x.example/", head, body.getBytes(StandardCharsets.ISO_8859_1), Instant.now()));
        assertThat(e.article()).isNull();
        assertThat(e.rejection()).isNotBlank();
    }

    @Test
    void shouldRejectErrorStatuses() {
        HttpHead head = HttpHead.parse("HTTP/1.1 404 Not Found\nContent-Type: text/html\n");
        Extraction e = EXTRACTOR.extract(new PageInput("https://x.example/", head,
                ("<html><body><p>" + P1 + "</p></body></html>").getBytes(StandardCharsets.UTF_8), Instant.now()));
        assertThat(e.article()).isNull();
        assertThat(e.rejection()).contains("404");
    }

    @Test
    void shouldJoinTheFollowingPagesOfASplitArticleInOrder() {
        Extraction e = extractSplit("<p>" + P1 + "</p><div class='pagination'><a href='?page=2'>2</a> <a href='?page=3'>3</a></div>",
                "<p>" + P2 + "</p><div class='pagination'><a href='?page=1'>1</a> <a href='?page=3'>3</a></div>");
        assertThat(e.article().paragraphs()).containsExactly(P1, P2);
    }

    /** @return the extraction of an article on two pages, https://x.example/a and its ?page=2, whose article elements hold these */
    private static Extraction extractSplit(String article1, String article2) {
        return EXTRACTOR.extract(splitPage("https://x.example/a", article1), List.of(splitPage("https://x.example/a?page=2", article2)));
    }

    private static PageInput splitPage(String url, String article) {
        String html = "<html><head><title>Budget approved</title></head><body><article><h1>Budget approved</h1>" + article
                + "</article></body></html>";
        return new PageInput(url, HttpHead.NONE, html.getBytes(StandardCharsets.UTF_8), Instant.now());
    }

    /** A lead of article prose (more than {@code BlockLabeller.PROSE_LETTERS} letters): teaser lists are looked for after it. */
    static final String LEAD = P1 + " " + P2 + " The mayor said the plan was the largest in a decade and that work"
            + " would start in the spring, once the contracts for the first schools and the ring road have been signed.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "English, headed by a div | <div class='heading-h3'>More Great City Times Stories</div><ul>"
                + "<li>Parking fees will rise, <a href='https://www.citytimes.example/news/2'>the council says</a></li>"
                + "<li>Why the bridge <a href='/news/3'>keeps closing</a></li>"
                + "<li><a href='//citytimes.example/news/4?itm=bottom'>A new library for the east side</a>; plus, the <a href='/weather'>weekend forecast</a></li></ul>"
                + " | More Great | Parking fees, the bridge, A new library",
        "Urdu, headed by an h3 | <h3>شہر کی دوسری کہانیاں</h3><ol>"
                + "<li><a href='/news/5'>شہر میں پانی کی قلت پر اجلاس</a></li>"
                + "<li>پارکنگ فیس میں اضافہ، <a href='/news/6'>کونسل کا فیصلہ</a></li>"
                + "<li><a href='https://m.citytimes.example/news/7'>پل کی مرمت کب ہوگی؟</a></li></ol>"
                + " | شہر کی دوسری کہانیاں | شہر میں, پارکنگ فیس, پل کی مرمت",
    })
    void shouldDropATeaserListOfTheSitesOtherStoriesAfterTheStory(String name, String teasers, String heading, String items) {
        Extraction e = run("<article><h1>Budget approved</h1><p>" + LEAD + "</p><p>" + P1 + "</p>" + teasers + "</article>");
        assertThat(e.article().paragraphs()).containsExactly(LEAD, P1);
        Block head = e.page().blocks().stream().filter(b -> b.text().startsWith(heading.trim())).findFirst().orElseThrow();
        assertThat(head.reason()).isEqualTo("teaser-list");
        for (String item : items.split(",")) {
            Block dropped = e.page().blocks().stream().filter(b -> b.text().contains(item.trim())).findFirst().orElseThrow();
            // an item that is all link is link-dense already
            assertThat(dropped.reason()).isIn("teaser-list", "link-dense");
        }
        assertThat(e.page().blocks()).filteredOn(b -> "teaser-list".equals(b.reason())).hasSizeGreaterThanOrEqualTo(2);
    }

    /** A heading, then a list of three teasers for the site's other stories: a teaser list, as the control case shows. */
    private static final String HEADED_TEASERS = "<h3>Around the valley</h3><ul>"
            + "<li>Parking fees will rise, <a href='/news/2'>the council says today</a></li>"
            + "<li>Why the Elm Street bridge <a href='/news/3'>keeps closing every spring</a></li>"
            + "<li>A new library <a href='/news/4'>for the east side opens</a></li></ul>";

    // each list below differs from HEADED_TEASERS in one respect only
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "links leave the site | <h3>Around the valley</h3><ul>"
                + "<li>Parking fees will rise, <a href='https://gov.example/2'>the council says today</a></li>"
                + "<li>Why the Elm Street bridge <a href='https://gov.example/3'>keeps closing every spring</a></li>"
                + "<li>A new library <a href='https://tv.example/4'>for the east side opens</a></li></ul>",
        "an item links nowhere | <h3>Around the valley</h3><ul>"
                + "<li>Parking fees will rise, <a href='/news/2'>the council says in a statement today</a></li>"
                + "<li>Why the Elm Street bridge <a href='/news/3'>keeps closing every single spring</a></li>"
                + "<li>A new library for the east side opens</li></ul>",
        "links to the page itself | <h3>Around the valley</h3><ul>"
                + "<li>Parking fees will rise, <a href='#fees'>the council says today</a></li>"
                + "<li>Why the Elm Street bridge <a href='/news/1'>keeps closing every spring</a></li>"
                + "<li>A new library <a href='https://citytimes.example/news/1?utm_source=x#library'>for the east side opens</a></li></ul>",
        "two items | <h3>Around the valley</h3><ul>"
                + "<li>Parking fees will rise, <a href='/news/2'>the council says today</a></li>"
                + "<li>Why the Elm Street bridge <a href='/news/3'>keeps closing every spring</a></li></ul>",
        "items of prose | <h3>Around the valley</h3><ul>"
                + "<li>Parking fees will rise, <a href='/news/2'>the council says today</a>.</li>"
                + "<li>The Elm Street bridge <a href='/news/3'>keeps closing every spring</a>.</li>"
                + "<li>A new library <a href='/news/4'>for the east side opens</a>.</li></ul>",
        "names linked, not headlines | <h3>Around the valley</h3><ul>"
                + "<li>Parking fees: <a href='/people/jane-roe'>Jane Roe</a>, the council's finance chair</li>"
                + "<li>The Elm Street bridge: <a href='/topics/bridges'>Bridges</a>, closed every spring</li>"
                + "<li>A new library: <a href='/places/east-side'>East Side</a>, opening in May</li></ul>",
        "a line ending in a colon introduces it | <div class='intro'>Three more things the budget pays for:</div><ul>"
                + "<li>Parking fees will rise, <a href='/news/2'>the council says today</a></li>"
                + "<li>Why the Elm Street bridge <a href='/news/3'>keeps closing every spring</a></li>"
                + "<li>A new library <a href='/news/4'>for the east side opens</a></li></ul>",
        "a paragraph introduces it | <p>Also today</p><ul>"
                + "<li>Parking fees will rise, <a href='/news/2'>the council says today</a></li>"
                + "<li>Why the Elm Street bridge <a href='/news/3'>keeps closing every spring</a></li>"
                + "<li>A new library <a href='/news/4'>for the east side opens</a></li></ul>",
    })
    void shouldKeepAListAfterTheStoryThatIsNoTeaserList(String name, String list) {
        Extraction e = run("<article><h1>Budget approved</h1><p>" + LEAD + "</p><p>" + P1 + "</p>" + list + "</article>");
        assertThat(e.page().blocks()).filteredOn(b -> b.kind() == newsflow.core.clean.BlockKind.LIST_ITEM).isNotEmpty()
                .allSatisfy(b -> assertThat(b.reason()).isNotEqualTo("teaser-list"));
    }

    @Test
    void shouldDropTheControlTeaserListThatTheListsKeptDifferFrom() {
        Extraction e = run("<article><h1>Budget approved</h1><p>" + LEAD + "</p><p>" + P1 + "</p>" + HEADED_TEASERS + "</article>");
        assertThat(e.article().paragraphs()).containsExactly(LEAD, P1);
        // (an item that is mostly link is link-dense already)
        assertThat(e.page().blocks()).filteredOn(b -> b.text().equals("Around the valley") || b.text().startsWith("Parking fees"))
                .hasSize(2).allSatisfy(b -> assertThat(b.reason()).isEqualTo("teaser-list"));
    }

    @Test
    void shouldKeepAListOfTheSitesStoriesThatComesBeforeAnyProse() {
        // a roundup: the list is the story's content
        String list = "<ul><li><a href='/news/2'>Parking fees will rise</a></li><li><a href='/news/3'>Why the bridge keeps closing</a></li>"
                + "<li><a href='/news/4'>A new library for the east side</a></li></ul>";
        Extraction e = run("<article><h1>Budget approved</h1><p>Today's stories.</p>" + list + "<p>" + LEAD + "</p></article>");
        assertThat(e.page().blocks()).filteredOn(b -> b.text().contains("Parking fees"))
                .allSatisfy(b -> assertThat(b.reason()).isNotEqualTo("teaser-list"));
    }

    @Test
    void shouldDropTheHeadingsTheTextWouldEndWith() {
        // the heading of a video player that script fills, then a related box its class drops: the story ends before both
        Extraction e = run("<article><h1>Budget approved</h1><p>" + P1 + "</p><h2>What happens next</h2><p>" + P2 + "</p>"
                + "<div class='player'><h3>Popular on City Times</h3><div id='jw'></div></div>"
                + "<h3>Más noticias</h3><div class='related'><p><a href='/a'>Other story one</a></p></div></article>");
        assertThat(e.article().paragraphs()).containsExactly(P1, "What happens next", P2);
        assertThat(e.page().blocks()).filteredOn(b -> b.text().equals("Popular on City Times") || b.text().equals("Más noticias"))
                .hasSize(2).allSatisfy(b -> assertThat(b.reason()).isEqualTo("trailing-heading"));
    }

    @Test
    void shouldKeepAHeadingThatEndsAPageWhenTheArticleGoesOnOnTheNext() {
        String page1 = "<p>" + P1 + "</p><h2>What happens next</h2><div class='pagination'><a href='?page=2'>Next</a></div>";
        Extraction e = extractSplit(page1, "<p>" + P2 + "</p><h2>Popular on City Times</h2>");
        // the last page's trailing heading still goes
        assertThat(e.article().paragraphs()).containsExactly(P1, "What happens next", P2);
        // alone, the first page ends on the heading, which goes
        assertThat(EXTRACTOR.extract(splitPage("https://x.example/a", page1)).article().paragraphs()).containsExactly(P1);
    }

    @Test
    void shouldTakeTheTextOfAnArticleBodyWrittenAsHtmlWhenTheDomHoldsNone() {
        // a page that renders its story with script: the text is in JSON-LD, written as HTML
        String body = ("<p>" + P1 + "</p><p>" + P2 + "</p><p>" + LEAD + "</p>").replace("\"", "\\\"");
        Extraction e = runPage("<html><head><title>Budget approved</title><script type='application/ld+json'>{\"@type\": \"NewsArticle\","
                + " \"headline\": \"Budget approved\", \"articleBody\": \"" + body + "\"}</script></head><body><div id='app'></div></body></html>");
        assertThat(e.article().paragraphs()).containsExactly(P1, P2, LEAD);
    }
}
