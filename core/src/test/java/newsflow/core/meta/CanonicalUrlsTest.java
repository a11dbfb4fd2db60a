package newsflow.core.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalUrlsTest {
    @ParameterizedTest(name = "{1} for {0}")
    @CsvSource({
        "https://x.example/news/2024/06/budget, https://x.example/news/2024/06/budget",
        "https://x.example/news/2024/06/budget?utm_source=rss&xtor=RSS-3, https://x.example/news/2024/06/budget",
        "https://x.example/news/2024/06/budget/, https://x.example/news/2024/06/budget",
        "https://x.example/news/2024/06/budget, https://www.x.example/politics/budget-approved-after-long-debate",
        "https://x.example/story/amp/, https://x.example/story/",
        "https://x.example/story/?amp=1, https://x.example/story/",
        "https://x.example/article.php?id=123&utm_medium=social, https://x.example/article.php?id=123",
        "https://x.example/index.php?option=com_content&id=123, https://x.example/news/123-budget-approved",
        "https://x.example/%D8%AE%D8%A8%D8%B1, https://x.example/خبر",
        "https://x.example/2019/11/18/budget-approved/, https://x.example/budget-approved/",
    })
    void shouldTakeTheCanonicalUrlThePublisherGives(String page, String canonical) {
        assertThat(CanonicalUrls.mayName(page, canonical)).isTrue();
    }

    @ParameterizedTest(name = "{1} for {0}")
    @CsvSource({
        // a template's home page or section as every article's canonical URL: one id for all the site's articles
        "https://x.example/news/2024/06/budget, https://x.example/",
        "https://x.example/news/2024/06/budget, https://x.example",
        "https://x.example/news/2024/06/budget, https://x.example/news/",
        "https://x.example/news/2024/06/budget, https://x.example/index.html",
        "https://x.example/ur/news/12345, https://x.example/ur/",
        "https://x.example/3001234, https://x.example/",
        "https://x.example/news/1838123.html, https://x.example/news/",
        "https://x.example/news/2024/06/budget, https://x.example/en/",
        "https://x.example/news/2024/06/budget, https://x.example/home",
        "https://x.example/news/2024/06/budget, https://x.example/category/politics/",
        "https://x.example/%D8%A7%D8%AE%D8%A8%D8%A7%D8%B1/12345, https://x.example/%D8%B3%DB%8C%D8%A7%D8%B3%D8%AA/",
        // a later page crawled on its own holds only its part: under the first page's id it would replace the article
        "https://x.example/story/2/, https://x.example/story/",
        "https://x.example/story/?page=2, https://x.example/story/",
        // the page's path without the parameter that names the article
        "https://x.example/article.php?id=123, https://x.example/article.php",
        "https://x.example/article.php?id=123, https://x.example/article.php?id=1",
        "https://x.example/news/2024/06/budget, 'https://x.example/a b|c%zz'",
    })
    void shouldRefuseACanonicalUrlThatNamesMoreThanThePage(String page, String canonical) {
        assertThat(CanonicalUrls.mayName(page, canonical)).isFalse();
    }
}
