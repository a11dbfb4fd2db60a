package newsflow.core;

import static newsflow.core.PageExtractorTest.EXTRACTOR;
import static newsflow.core.PageExtractorTest.P1;
import static newsflow.core.PageExtractorTest.P2;
import static newsflow.core.PageExtractorTest.run;
import static newsflow.core.PageExtractorTest.runPage;
import static newsflow.core.PageExtractorTest.runWithHead;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import newsflow.core.decode.HttpHead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the per-page path emits about a story besides its text: the id's canonical URL, authors, dates and headline, when
 * the page also names the site, other stories, commenters and photographers. The pages are built as in {@link
 * PageExtractorTest}.
 */
class ArticleMetadataTest {
    @Test
    void shouldGiveEachArticleItsOwnIdWhenTheTemplateDeclaresTheHomePageCanonical() {
        // news.articles is compacted by id: one id for every article would keep one article of the site
        String template = "<html><head><title>%s | City Times</title><link rel='canonical' href='https://citytimes.example/'>"
                + "<meta property='og:url' content='https://citytimes.example/news/'></head><body><article><h1>%s</h1><p>%s</p></article></body></html>";
        Extraction a = EXTRACTOR.extract(new PageInput("https://citytimes.example/news/budget", HttpHead.NONE,
                String.format(template, "Budget approved", "Budget approved", P1).getBytes(StandardCharsets.UTF_8), Instant.now()));
        Extraction b = EXTRACTOR.extract(new PageInput("https://citytimes.example/news/hospitals", HttpHead.NONE,
                String.format(template, "Hospitals funded", "Hospitals funded", P2).getBytes(StandardCharsets.UTF_8), Instant.now()));
        assertThat(a.article().canonicalUrl()).isEqualTo("https://citytimes.example/news/budget");
        assertThat(b.article().canonicalUrl()).isEqualTo("https://citytimes.example/news/hospitals");
    }

    @ParameterizedTest(name = "published {0}, modified {1}")
    @CsvSource({
        // a scheduled WordPress post: saved on the 17th, published on the 21st
        "2019-06-21T09:00:00+01:00, 2019-06-17T16:30:00+01:00, ",
        "2019-06-21, 2019-06-17T16:30:00, ",
        "2019-06-21T09:00:00+01:00, 2019-06-21T08:30:00Z, 2019-06-21T08:30:00Z",
        "2019-06-21T09:00:00+01:00, 2019-06-22T10:00:00+01:00, 2019-06-22T10:00:00+01:00",
    })
    void shouldEmitNoModificationDateBeforePublication(String published, String modified, String expected) {
        Extraction e = runWithHead("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Budget approved\","
                + " \"datePublished\": \"" + published + "\", \"dateModified\": \"" + modified + "\"}</script>");
        assertThat(e.article().published().iso()).startsWith(published.substring(0, 10));
        assertThat(e.article().modified() == null ? null : e.article().modified().iso()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "logo h1 before the headline's | <h1 class='logo'>City Times</h1><article><h1>Budget approved</h1>",
        "logo h1, the headline in an h2 | <h1 class='logo'><a href='/'>City Times</a></h1><article><h2>Budget approved</h2>",
    })
    void shouldNotTakeALogoSetAsH1ForTheHeadline(String name, String top) {
        Extraction e = runPage("<html><head><title>Budget approved | City Times</title><meta property='og:site_name' content='City Times'>"
                + "</head><body>" + top + "<p>" + P1 + "</p></article></body></html>");
        assertThat(e.article().title()).isEqualTo("Budget approved");
    }

    @Test
    void shouldLeaveThePublisherNamingItselfOutOfTheAuthorsButKeepAWireAgency() {
        Extraction e = runPage("<html><head><title>Budget approved | City Times</title><meta property='og:site_name' content='City Times'>"
                + "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Budget approved\", \"author\": ["
                + "{\"@type\": \"Organization\", \"name\": \"City Times\"}, {\"@type\": \"Organization\", \"name\": \"Reuters\"},"
                + " {\"@type\": \"Person\", \"name\": \"Jane Roe\"}]}</script></head><body><article><h1>Budget approved</h1><p>" + P1
                + "</p></article></body></html>");
        assertThat(e.article().authors()).containsExactly("Reuters", "Jane Roe");
    }

    @Test
    void shouldTakeTheJsonLdArticleThatNamesThePageWhenARelatedStoryComesFirst() {
        String related = "{\"@type\": \"NewsArticle\", \"url\": \"https://citytimes.example/news/other\", \"headline\": \"Other story\","
                + " \"datePublished\": \"2020-01-02\", \"author\": {\"@type\": \"Person\", \"name\": \"John Doe\"}}";
        String own = "{\"@type\": \"NewsArticle\", \"mainEntityOfPage\": {\"@id\": \"https://www.citytimes.example/news/1/#main\"},"
                + " \"headline\": \"Budget approved\", \"datePublished\": \"2024-05-31\", \"author\": {\"@type\": \"Person\", \"name\": \"Jane Roe\"}}";
        Extraction e = runWithHead("<script type='application/ld+json'>[" + related + ", " + own + "]</script>");
        assertThat(e.article().authors()).containsExactly("Jane Roe");
        assertThat(e.article().published().iso()).isEqualTo("2024-05-31");
    }

    @Test
    void shouldNameAnAuthorTheArticleGivesByItsIdOnly() {
        // Yoast SEO's graph: the article refers to its author by @id; the Person node, elsewhere in the graph, has the name
        String graph = "{\"@context\": \"https://schema.org\", \"@graph\": ["
                + "{\"@type\": \"WebPage\", \"@id\": \"https://citytimes.example/news/budget/#webpage\"},"
                + "{\"@type\": \"Article\", \"@id\": \"https://citytimes.example/news/budget/#article\", \"headline\": \"Budget approved\","
                + " \"author\": {\"@id\": \"https://citytimes.example/#/schema/person/7\"}, \"isPartOf\": {\"@id\": \"https://citytimes.example/news/budget/#webpage\"}},"
                + "{\"@type\": [\"Person\"], \"@id\": \"https://citytimes.example/#/schema/person/7\", \"name\": \"Jane Roe\","
                + " \"image\": {\"@type\": \"ImageObject\", \"@id\": \"https://citytimes.example/#personlogo\", \"caption\": \"Jane Roe\"}}]}";
        assertThat(runWithHead("<script type='application/ld+json'>" + graph + "</script>").article().authors()).containsExactly("Jane Roe");
        // the Person node in another script of the page
        String article = "{\"@type\": \"NewsArticle\", \"headline\": \"Budget approved\", \"author\": [{\"@id\": \"#jane\"}, {\"@id\": \"#john\"}]}";
        String people = "[{\"@type\": \"Person\", \"@id\": \"#john\", \"name\": \"John Doe\"}, {\"@type\": \"Person\", \"@id\": \"#jane\", \"name\": \"Jane Roe\"}]";
        assertThat(runWithHead("<script type='application/ld+json'>" + article + "</script><script type='application/ld+json'>" + people
                + "</script>").article().authors()).containsExactly("Jane Roe", "John Doe");
        // a reference to no node on the page names nobody: the author meta speaks instead
        assertThat(runWithHead("<meta name='author' content='Ann Smith'><script type='application/ld+json'>{\"@type\": \"NewsArticle\","
                + " \"headline\": \"Budget approved\", \"author\": {\"@id\": \"#nobody\"}}</script>").article().authors()).containsExactly("Ann Smith");
    }

    @Test
    void shouldTakeNoArticleFromTheJsonLdOfAListingOfOtherPages() {
        // a section front: each node names another story; none is this page's article
        StringBuilder nodes = new StringBuilder();
        for (int i = 2; i <= 4; i++) {
            nodes.append(i > 2 ? ", " : "").append("{\"@type\": \"NewsArticle\", \"url\": \"https://citytimes.example/news/").append(i)
                    .append("\", \"headline\": \"Story ").append(i).append("\", \"datePublished\": \"2020-01-0").append(i)
                    .append("\", \"author\": \"Writer ").append(i).append("\"}");
        }
        Extraction e = runWithHead("<script type='application/ld+json'>[" + nodes + "]</script>");
        assertThat(e.article().authors()).isEmpty();
        assertThat(e.article().published()).isNull();
    }

    @Test
    void shouldNormalizeTheCanonicalUrlAsTheFrontierNormalizesUrls() {
        // one article, one id, whatever tracking parameters or fragment the template writes into its canonical URL
        Extraction e = runWithHead("<link rel='canonical' href='HTTPS://CityTimes.example/news/budget-approved?utm_source=rss&b=2&a=1#top'>");
        assertThat(e.article().canonicalUrl()).isEqualTo("https://citytimes.example/news/budget-approved?a=1&b=2");
        // a page that declares none is keyed by its own URL, normalized the same way (a redirect's target keeps its utm_*)
        Extraction own = EXTRACTOR.extract(new PageInput("HTTPS://CityTimes.example/news/budget-approved?utm_source=rss&b=2&a=1#top",
                HttpHead.NONE, ("<html><head><title>Budget approved</title></head><body><article><h1>Budget approved</h1><p>" + P1
                + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8), Instant.now()));
        assertThat(own.article().canonicalUrl()).isEqualTo("https://citytimes.example/news/budget-approved?a=1&b=2");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a commenter | <section class='comments'><div class='comment'><span class='author'>Guest</span><p>Nice.</p></div></section>",
        "a related story's author | <div class='related-posts'><a href='/x'>Other story</a><span class='author'>John Doe</span></div>",
        "a photographer | <figure><img src='a.jpg'><figcaption><span class='author'>Ann Lens</span></figcaption></figure>",
    })
    void shouldNotTakeAnotherNameOnThePageForTheAuthor(String name, String other) {
        Extraction e = run("<article><h1>Budget approved</h1>" + other + "<p>" + P1 + "</p><footer class='entry-footer'>"
                + "<div class='author-name'>Jane Roe</div></footer></article>");
        // the byline in the article's own footer, not the other name earlier in the page
        assertThat(e.article().authors()).containsExactly("Jane Roe");
    }

    @Test
    void shouldTakeTheBylineOfAnOpinionColumnWhoseClassSaysCommentary() {
        Extraction e = run("<article class='commentary'><h1>Budget approved</h1><div class='commentary-byline'>"
                + "<span class='author'>Jane Roe</span></div><p>" + P1 + "</p></article>");
        assertThat(e.article().authors()).containsExactly("Jane Roe");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a comment's time before the story's | <section class='comments'><time datetime='2024-05-30T10:00:00Z'>yesterday</time></section>",
        "a related story's time | <div class='related-posts'><time datetime='2024-05-30T10:00:00Z'>May 30</time></div>",
        "the modification time first | <time itemprop='dateModified' datetime='2024-05-30T10:00:00Z'>May 30</time>",
    })
    void shouldTakeTheStorysOwnTimeElementNotAnotherOnThePage(String name, String other) {
        Extraction e = run(other + "<article><header><h1>Budget approved</h1><time datetime='2024-05-29T08:00:00Z'>May 29</time>"
                + "</header><p>" + P1 + "</p></article>");
        assertThat(e.article().published().iso()).isEqualTo("2024-05-29T08:00:00Z");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "today's date in the site's header | <header class='site-header'><span class='date'>31/05/2024</span></header>",
        "a related story's date | <div class='related-posts'><span class='post-date'>May 30, 2024</span></div>",
        "a comment's date | <div class='comment'><span class='comment-date'>30 May 2024</span></div>",
    })
    void shouldTakeTheStorysOwnVisibleDateNotAnotherOnThePage(String name, String other) {
        Extraction e = run(other + "<article><header><h1>Budget approved</h1><span class='date'>29/05/2024</span>"
                + "</header><p>" + P1 + "</p></article>");
        assertThat(e.article().published().iso()).isEqualTo("2024-05-29");
    }

    @Test
    void shouldReadAnRfc822DateWithANorthAmericanZoneName() {
        // (Java's RFC 1123 formatter reads GMT and offsets only; RFC 822 §5.1 names EST, EDT, CST, CDT, MST, MDT, PST, PDT)
        Extraction e = runWithHead("<meta name='publish_date' content='Fri, 13 Aug 2010 16:08:00 EST'>");
        assertThat(e.article().published().iso()).isEqualTo("2010-08-13T16:08:00-05:00");
    }

    @Test
    void shouldNotTakeARelatedCardsMicrodataDatesForThePages() {
        // (the head's own item, as WordPress themes mark <head itemscope>, still speaks for the page)
        Extraction e = runPage("<html><head itemscope itemtype='https://schema.org/WebSite'><title>Budget approved</title>"
                + "<meta property='article:published_time' content='2024-05-29T08:00:00Z'></head><body><article itemscope "
                + "itemtype='https://schema.org/NewsArticle'><h1>Budget approved</h1><p>" + P1 + "</p></article>"
                + "<div itemscope itemtype='https://schema.org/NewsArticle'><meta itemprop='dateModified' content='2024-05-31T10:00:00Z'>"
                + "<a href='/x'>Other story</a></div></body></html>");
        assertThat(e.article().published().iso()).isEqualTo("2024-05-29T08:00:00Z");
        assertThat(e.article().modified()).isNull();
    }
}
