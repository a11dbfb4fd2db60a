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

    @Test
    void shouldDetectTheCharsetFromTheTextNotFromAttributesNewsflowNeverReads() {
        // a windows-1251 page without a declared charset whose first non-ASCII bytes sit in a link's title, then a
        // long menu: the detector, which reads from the first non-ASCII byte on, once saw the title and the menu and took
        // windows-1252 (the Russian story came out as mojibake); titles are stripped now, and it reads the story
        StringBuilder html = new StringBuilder("<html><head><title>News</title></head><body><a href=/ title=\"Главная "
                + "страница сайта новостей\">Home</a><ul>");
        for (int i = 0; i < 400; i++) {
            html.append("<li><a href=/s").append(i).append(">Section number ").append(i).append(" link text here</a></li>");
        }
        html.append("</ul><article>");
        for (int i = 0; i < 6; i++) {
            html.append("<p>").append("Городской совет утвердил новый бюджет во вторник после долгих дебатов о школах и "
                    + "дорогах, сообщили журналисты. ".repeat(4)).append("</p>");
        }
        html.append("</article></body></html>");
        byte[] body = html.toString().getBytes(java.nio.charset.Charset.forName("windows-1251"));
        var page = new PageCleaner().clean(new newsflow.core.PageInput("https://example.com/a", newsflow.core.decode.HttpHead.NONE,
                body, java.time.Instant.parse("2026-01-01T00:00:00Z"))).page();
        assertThat(page.charset()).isEqualTo("windows-1251");
        assertThat(page.blocks()).anyMatch(b -> b.text().startsWith("Городской совет утвердил новый бюджет"));
    }
}
