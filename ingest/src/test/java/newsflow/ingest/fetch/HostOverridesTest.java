package newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostOverridesTest {
    private final HostOverrides o = HostOverrides.parse(List.of("https://urdu-news.example=http://127.0.0.1:8080"));

    @ParameterizedTest
    @CsvSource({
        "https://urdu-news.example/a.html,       http://127.0.0.1:8080/a.html",
        "https://urdu-news.example,              http://127.0.0.1:8080",
        "https://URDU-NEWS.example/x?y=1,        http://127.0.0.1:8080/x?y=1",
        "https://urdu-news.example.evil.com/a,   https://urdu-news.example.evil.com/a",
        "http://urdu-news.example/a.html,        http://urdu-news.example/a.html",
        "https://other.example/a.html,           https://other.example/a.html",
    })
    void shouldConnectToTheTargetOnlyForTheOverriddenOrigin(String url, String connect) {
        assertThat(o.connectUrl(url)).isEqualTo(connect);
    }

    @ParameterizedTest
    @CsvSource({
        "http://127.0.0.1:8080/b.html, https://urdu-news.example/b.html",
        "http://127.0.0.1:9090/b.html, http://127.0.0.1:9090/b.html",
    })
    void shouldMapRedirectTargetsBackToTheSite(String location, String site) {
        assertThat(o.siteUrl(location)).isEqualTo(site);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"no-equals-sign", "https://a.example/path=http://127.0.0.1:1", "a.example=http://127.0.0.1:1"})
    void shouldRejectMalformedEntriesNamingThem(String entry) {
        assertThatThrownBy(() -> HostOverrides.parse(List.of(entry))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(entry);
    }

    @org.junit.jupiter.api.Test
    void shouldBeOffByDefault() {
        assertThat(HostOverrides.NONE.connectUrl("https://urdu-news.example/a")).isEqualTo("https://urdu-news.example/a");
    }
}
