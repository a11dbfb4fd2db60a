package newsflow.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageCleanerTest {
    @Test
    void shouldTakeALinksTextAsJsoupGivesItCleaned() {
        char[] pool = {'a', 'Z', ' ', '\t', '\n', '\u00a0', '\u00ad', '\u200b', '\u200c', '\u3000', 'é', 'e', '\u0301', '&', '<'};
        Random r = new Random(17);
        for (int n = 0; n < 20_000; n++) {
            char[] c = new char[r.nextInt(10)];
            for (int i = 0; i < c.length; i++) {
                c[i] = pool[r.nextInt(pool.length)];
            }
            Element a = Jsoup.parse("<p><a href=/x></a>").selectFirst("a");
            a.appendText(new String(c));
            if (n % 3 == 0) {
                a = Jsoup.parse("<pre><a href=/x></a></pre>").selectFirst("a").appendText(new String(c));
            }
            assertThat(PageCleaner.anchorText(a)).isEqualTo(Texts.clean(a.text()));
        }
        Element nested = Jsoup.parse("<a href=/x>Read <b>more</b>\u00ad now</a>").selectFirst("a");
        assertThat(PageCleaner.anchorText(nested)).isEqualTo("Read more now");
    }

    @Test
    void shouldChooseTheCharsetFromThePageWithoutItsScripts() throws Exception {
        // a <meta charset> after 70 KB of head scripts: beyond the 64 KiB scan in the page as it came, within it once
        // the script bodies are gone; the Arabic then decodes as what the page declares
        String html = "<html><head><script>" + "var x = 1;\n".repeat(7_000) + "</script><meta charset=\"windows-1256\">"
                + "<title>خبر</title></head><body><p>" + "هذا نص الخبر الكامل. ".repeat(20) + "</p></body></html>";
        byte[] body = html.getBytes(java.nio.charset.Charset.forName("windows-1256"));
        var page = new PageCleaner().clean(new newsflow.core.PageInput("https://example.com/a", newsflow.core.decode.HttpHead.NONE,
                body, java.time.Instant.parse("2026-01-01T00:00:00Z"))).page();
        assertThat(page.charset()).isEqualTo("windows-1256");
        assertThat(page.charsetSource()).isEqualTo(newsflow.core.decode.CharsetSource.META);
        assertThat(page.blocks()).anyMatch(b -> b.text().startsWith("هذا نص الخبر الكامل."));
    }
}
