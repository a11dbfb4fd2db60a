package newsflow.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SitemapReaderTest {
    private final SitemapReader r = new SitemapReader();

    @Test
    void shouldReadUrlsAndLastmodOfAUrlset() {
        String xml = "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>https://a.example/1.html</loc><lastmod>2022-01-04T21:40:00+05:00</lastmod></url>"
                + "<url><loc>https://a.example/2.html</loc></url></urlset>";
        List<SitemapReader.Entry> e = r.read("https://a.example/sitemap.xml", "application/xml",
                xml.getBytes(StandardCharsets.UTF_8)).orElseThrow();
        assertThat(e).extracting(SitemapReader.Entry::url).containsExactly("https://a.example/1.html", "https://a.example/2.html");
        assertThat(e.get(0).lastModified()).hasToString("2022-01-04T16:40:00Z");
        assertThat(e.get(1).lastModified()).isNull();
    }

    @Test
    void shouldReadAnIndexAsChildSitemaps() {
        String xml = "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>https://a.example/news.xml</loc></sitemap></sitemapindex>";
        var e = r.read("https://a.example/sitemap.xml", "text/xml", xml.getBytes(StandardCharsets.UTF_8)).orElseThrow();
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.url()).isEqualTo("https://a.example/news.xml");
            assertThat(x.isSitemap()).isTrue();
        });
    }

    @Test
    void shouldReadAnRssFeedsItemLinks() {
        String xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>https://a.example/</link>"
                + "<item><title>x</title><link>https://a.example/x.html</link></item></channel></rss>";
        byte[] b = xml.getBytes(StandardCharsets.UTF_8);
        assertThat(SitemapReader.isSitemapOrFeed("https://a.example/feed", null, b)).isTrue();
        assertThat(r.read("https://a.example/feed.xml", "application/rss+xml", b).orElseThrow())
                .extracting(SitemapReader.Entry::url).containsExactly("https://a.example/x.html");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "application/xhtml+xml | <?xml version='1.0'?><html xmlns='http://www.w3.org/1999/xhtml'><body/></html> | false",
        "application/xml       | <?xml version='1.0'?><html><body/></html>                                        | false",
        "text/xml              | <?xml version='1.0'?><!-- generated --><urlset xmlns='x'/>                        | true",
        "                      | <?xml version='1.0'?><?xml-stylesheet href='s.xsl'?><sitemapindex/>              | true",
        "application/atom+xml  | <feed xmlns='http://www.w3.org/2005/Atom'/>                                       | true",
        "application/xml       | <?xml version='1.0'?><rdf:RDF xmlns:rdf='r'/>                                     | true",
        "application/json      | {\"a\": 1}                                                                        | false",
    })
    void shouldJudgeSitemapsAndFeedsByTheirRootElement(String contentType, String body, boolean expected) {
        assertThat(SitemapReader.isSitemapOrFeed("https://a.example/x", contentType,
                body.getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
    }

    @Test
    void shouldTakeGzipForACompressedSitemap() {
        byte[] gz = {(byte) 0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0};
        assertThat(SitemapReader.isSitemapOrFeed("https://a.example/sitemap.xml.gz", "application/x-gzip", gz)).isTrue();
    }

    @Test
    void shouldNotTakeHtmlForASitemap() {
        byte[] html = "<!DOCTYPE html><html><body><p>x</p></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(SitemapReader.isSitemapOrFeed("https://a.example/", "text/html; charset=utf-8", html)).isFalse();
    }
}
