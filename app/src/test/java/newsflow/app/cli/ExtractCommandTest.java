package newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {
    private static final String PAGE = "<html lang='ur' dir='rtl'><head><title>بارش کے بعد سیلاب | اردو نیوز</title>"
            + "<meta property='og:site_name' content='اردو نیوز'>"
            + "<meta property='article:published_time' content='2022-01-04T21:40:00+05:00'><meta name='author' content='اسٹاف رپورٹر'>"
            + "</head><body><article><h1>بارش کے بعد سیلاب</h1><p>کراچی میں منگل کی رات ہونے والی موسلا دھار بارش کے بعد شہر کے کئی نشیبی علاقے زیر آب آ گئے۔</p>"
            + "<p>شہری انتظامیہ نے بتایا کہ نکاسی آب کا کام جاری ہے۔</p></article></body></html>";

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Test
    void shouldPrintOneJsonLinePerPageAndNothingElseOnStdout() throws Exception {
        Path page = dir.resolve("karachi-rain.html");
        Files.writeString(page, PAGE);
        int exit = run("extract", "--url", "https://urdu-news.example/news/karachi-rain.html", page.toString());
        assertThat(exit).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode j = new ObjectMapper().readTree(lines.get(0));
        assertThat(j.get("key").asText()).isEqualTo("karachi-rain");
        assertThat(j.get("url").asText()).isEqualTo("https://urdu-news.example/news/karachi-rain.html");
        assertThat(j.get("site").asText()).isEqualTo("urdu-news.example");
        assertThat(j.get("title").asText()).isEqualTo("بارش کے بعد سیلاب");
        assertThat(j.get("authors").get(0).asText()).isEqualTo("اسٹاف رپورٹر");
        assertThat(j.get("published").asText()).isEqualTo("2022-01-04T21:40:00+05:00");
        assertThat(j.get("modified").isNull()).isTrue();
        assertThat(j.get("language").asText()).isEqualTo("ur");
        assertThat(j.get("direction").asText()).isEqualTo("rtl");
        assertThat(j.get("paragraphs")).hasSize(2);
        assertThat(j.get("text").asText()).contains("\n");
        assertThat(j.get("wordCount").asInt()).isGreaterThan(20);
    }

    @Test
    void shouldExplainOnStderrAndExitNonZeroForAPageThatIsNoArticle() throws Exception {
        Path pdf = dir.resolve("report.html");
        Files.write(pdf, "%PDF-1.7\n%binary".getBytes(StandardCharsets.ISO_8859_1));
        Path headers = dir.resolve("headers.txt");
        Files.writeString(headers, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n");
        int exit = run("extract", "--headers", headers.toString(), pdf.toString());
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("report.html").contains("PDF");
    }

    @Test
    void shouldExtractAFolderOfGzipPagesIntoJsonLinesSkippingNonArticles() throws Exception {
        Path pages = Files.createDirectory(dir.resolve("html"));
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(pages.resolve("a1.html.gz")))) {
            o.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(pages.resolve("empty.html"), "");
        Path jsonl = dir.resolve("p.jsonl");
        int exit = run("extract", "--dir", pages.toString(), "--out", jsonl.toString());
        assertThat(exit).isZero();
        List<String> lines = Files.readAllLines(jsonl);
        assertThat(lines).hasSize(1);
        assertThat(new ObjectMapper().readTree(lines.get(0)).get("key").asText()).isEqualTo("a1");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("empty.html").contains("1 articles, 1 skipped");
    }
}
