package newsflow.core.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import newsflow.core.clean.Texts;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {
    @Test
    void shouldFindADateHintAnywhereInAClassOrIdInAnyAsciiCase() {
        assertThat(MetadataExtractor.hasDateHint("article__pubDATE")).isTrue();
        assertThat(MetadataExtractor.hasDateHint("entry-Meta")).isTrue();
        assertThat(MetadataExtractor.hasDateHint("story-body")).isFalse();
        assertThat(MetadataExtractor.hasDateHint("")).isFalse();
        // the same answer as testing each hint as a case-insensitive substring, on random names
        String[] hints = {"date", "time", "publish", "posted", "byline", "meta", "info"};
        char[] pool = "dateimpublshoyrnfDATEIMPUBLSHOYRNF-_ \u0130\u212a\u0131x".toCharArray();
        Random r = new Random(3);
        for (int n = 0; n < 50_000; n++) {
            char[] name = new char[r.nextInt(12)];
            for (int i = 0; i < name.length; i++) {
                name[i] = pool[r.nextInt(pool.length)];
            }
            String s = new String(name);
            boolean expected = false;
            for (String h : hints) {
                expected |= Texts.containsAsciiIgnoreCase(s, h);
            }
            assertThat(MetadataExtractor.hasDateHint(s)).as(s).isEqualTo(expected);
        }
    }
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} -> {1}")
    @org.junit.jupiter.params.provider.CsvSource({
        "https://x.example/news/split.html, https://x.example/news/split-2.html",
        "https://x.example/news/split-2.html, https://x.example/news/split-3.html",
        "https://x.example/2019/11/18/a-long-story/, https://x.example/2019/11/18/a-long-story/2/",
        "https://x.example/2019/11/18/a-long-story/2/, https://www.x.example/2019/11/18/a-long-story/3/",
        "https://x.example/2019/11/18/a-long-story/, https://x.example/2019/11/18/a-long-story/page/2/",
        "https://x.example/top-10-films/, https://x.example/top-10-films/2",
        "https://x.example/news/12345, https://x.example/news/12345?page=2",
        "https://x.example/article.php?id=123, https://x.example/article.php?id=123&pg=2",
        "https://x.example/%D8%AE%D8%A8%D8%B1-%D8%B7%D9%88%DB%8C%D9%84, https://x.example/%D8%AE%D8%A8%D8%B1-%D8%B7%D9%88%DB%8C%D9%84/%D8%B5%D9%81%D8%AD%D9%87-2",
    })
    void shouldFollowRelNextToTheArticlesOwnNextPage(String url, String next) {
        assertThat(MetadataExtractor.continuesArticle(url, next)).isTrue();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} -> {1}")
    @org.junit.jupiter.params.provider.CsvSource({
        // a blog's next post (WordPress post navigation marks it rel=next), as on ten of the benchmark pages
        "https://www.morebikes.co.uk/7908/bike-style-book-soundtrack-review/, https://www.morebikes.co.uk/7917/redant-motorcycle-cleaner-power-clean/",
        "https://blog.givewell.org/2018/09/10/september-2018-open-thread/, https://blog.givewell.org/2018/10/02/publishing-more-frequent-updates/",
        "https://www.bigbrandsystem.com/business-focus/, https://www.bigbrandsystem.com/success-mindset/",
        "https://x.example/news/12345, https://x.example/news/12346",
        "https://x.example/?p=123, https://x.example/?p=124",
        "https://x.example/story/, https://x.example/story-archive-of-everything/2",
        "https://x.example/a/, https://x.example/a/1/2/",
    })
    void shouldNotTakeTheNextArticleForTheNextPage(String url, String next) {
        assertThat(MetadataExtractor.continuesArticle(url, next)).isFalse();
    }
}
