package newsflow.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlNormalizerTest {
    private final UrlNormalizer n = new UrlNormalizer();

    @ParameterizedTest
    @CsvSource({
        "HTTPS://News.Example:443/a/../b.html#top,                     https://news.example/b.html",
        "https://news.example/a?utm_source=x&id=7&fbclid=y,            https://news.example/a?id=7",
        "https://news.example/a?utm_medium=m&utm_campaign=c,           https://news.example/a",
        "http://news.example:80/%7Euser/,                              http://news.example/~user/",
    })
    void shouldNormalizeAndStripTrackingParameters(String in, String out) {
        assertThat(n.normalize(in)).contains(out);
    }

    @ParameterizedTest
    @CsvSource({"mailto:a@b.example", "javascript:void(0)", "ftp://files.example/a", "/relative/path"})
    void shouldRefuseWhatIsNotAnAbsoluteHttpUrl(String in) {
        assertThat(n.normalize(in)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "news.bbc.co.uk,        bbc.co.uk",
        "www.dawn.com,          dawn.com",
        "ur.example.com.pk,     example.com.pk",
        "urdu-news.example,     urdu-news.example",
        "www.urdu-news.example, urdu-news.example",
        "127.0.0.1,             127.0.0.1",
    })
    void shouldNameTheSiteByItsRegistrableDomain(String host, String site) {
        assertThat(UrlNormalizer.site(host)).isEqualTo(site);
    }

    @ParameterizedTest
    @CsvSource({"https://a.example/p.jpg, true", "https://a.example/doc.PDF, true", "https://a.example/story.html, false",
        "https://a.example/2024/01/story, false"})
    void shouldTellFilesThatAreNeverPages(String url, boolean nonPage) {
        assertThat(UrlNormalizer.looksLikeNonPage(url)).isEqualTo(nonPage);
    }
}
