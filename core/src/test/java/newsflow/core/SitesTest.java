package newsflow.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SitesTest {
    @ParameterizedTest
    @CsvSource({
        "news.bbc.co.uk,               bbc.co.uk",
        "www.bbc.co.uk,                bbc.co.uk",
        "WWW.Dawn.com,                 dawn.com",
        "ur.example.com.pk,            example.com.pk",
        "urdu.arynews.tv,              arynews.tv",
        "someone.blogspot.com,         someone.blogspot.com",
        "urdu-news.example,            urdu-news.example",
        "www.urdu-news.example,        urdu-news.example",
        "amp.shoreline.example.test,   shoreline.example.test",
        "www.shoreline.example.test,   shoreline.example.test",
        "m.shoreline.example.test,     shoreline.example.test",
        "valleypost.example.test,      valleypost.example.test",
        "127.0.0.1,                    127.0.0.1",
        "localhost,                    localhost",
    })
    void shouldNameTheSiteByItsRegistrableDomain(String host, String site) {
        assertThat(Sites.ofHost(host)).isEqualTo(site);
    }

    @ParameterizedTest
    @CsvSource({
        "https://amp.shoreline.example.test/news/a.amp?utm_source=x#top, shoreline.example.test",
        "not a url,                                                      not a url",
    })
    void shouldNameTheSiteOfAUrl(String url, String site) {
        assertThat(Sites.ofUrl(url)).isEqualTo(site);
    }
}
