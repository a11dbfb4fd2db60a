package newsflow.app.cli;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import newsflow.core.Extraction;
import newsflow.core.PageExtractor;
import newsflow.core.PageInput;
import newsflow.core.decode.HttpHead;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsflow extract}: the per-page path on files, with no Kafka. Prints one compact JSON object
 * per article on stdout; logs and rejections go to stderr.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Run the per-page path (decode, clean, label, enrich) on saved pages, without Kafka.",
            "Prints one JSON object per page on stdout; a page that is not an article gives a one-line reason on stderr."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every page gave an article", "1:a page gave no article (single-page mode)", "2:usage or I/O error"})
final class ExtractCommand implements Callable<Integer> {

    @Option(names = "--url", description = "URL the page was fetched from (default: the file's file: URI).")
    String url;

    @Option(names = "--headers", description = "File holding the raw HTTP response head (status line and headers).")
    Path headers;

    @Option(names = "--next-page", description = "A following page of the same article, in order; repeatable.")
    List<Path> nextPages = new ArrayList<>();

    @Option(names = "--dir", description = "Extract every *.html and *.html.gz file of this folder (sorted by name).")
    Path dir;

    @Option(names = "--out", description = "With --dir: write the JSON lines here instead of stdout.")
    Path out;

    @Parameters(arity = "0..*", paramLabel = "PAGE", description = "Page files (.html, or gzip-compressed .html.gz).")
    List<Path> pages = new ArrayList<>();

    private final PageExtractor extractor = new PageExtractor();

    @Override
    public Integer call() {
        try {
            return run();
        } catch (IOException | UncheckedIOException e) {
            // a file that cannot be read is a usage or I/O error: one line, exit 2 (1 means "no article")
            System.err.println("extract: " + (e instanceof UncheckedIOException u ? u.getMessage() : "cannot read: " + e.getMessage()));
            return 2;
        }
    }

    private int run() throws IOException {
        if (dir != null) {
            if (!pages.isEmpty() || !nextPages.isEmpty() || headers != null || url != null) {
                System.err.println("extract: --dir takes no PAGE, --url, --headers or --next-page");
                return 2;
            }
            return extractDir();
        }
        if (pages.isEmpty()) {
            System.err.println("extract: give PAGE files or --dir DIR (see --help)");
            return 2;
        }
        if (out != null) {
            System.err.println("extract: --out goes with --dir");
            return 2;
        }
        HttpHead head = headers == null ? HttpHead.NONE
                : HttpHead.parse(new String(Files.readAllBytes(headers), StandardCharsets.ISO_8859_1));
        List<PageInput> next = new ArrayList<>();
        for (Path n : nextPages) {
            next.add(new PageInput(n.toAbsolutePath().toUri().toString(), head, read(n), Instant.now()));
        }
        int failures = 0;
        for (Path page : pages) {
            String pageUrl = url != null ? url : page.toAbsolutePath().toUri().toString();
            Instant fetchedAt = Instant.now();
            Extraction e = extractor.extract(new PageInput(pageUrl, head, read(page), fetchedAt), next);
            if (e.article() == null) {
                System.err.println(page + ": not an article: " + e.rejection());
                failures++;
                continue;
            }
            System.out.println(ArticleJson.line(key(page), ArticleJson.article(e, fetchedAt)));
        }
        System.out.flush();
        return failures == 0 ? 0 : 1;
    }

    private int extractDir() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches(".*\\.html?(\\.gz)?$")).sorted().toList();
        }
        int ok = 0;
        int skipped = 0;
        PrintStream stdout = System.out;
        try (BufferedWriter w = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Path f : files) {
                Extraction e;
                Instant fetchedAt = Instant.now();
                try {
                    e = extractor.extract(new PageInput(f.toAbsolutePath().toUri().toString(), HttpHead.NONE, read(f), fetchedAt));
                } catch (RuntimeException ex) {
                    System.err.println(f + ": failed: " + ex);
                    skipped++;
                    continue;
                }
                if (e.article() == null) {
                    System.err.println(f + ": skipped, not an article: " + e.rejection());
                    skipped++;
                    continue;
                }
                String line = ArticleJson.line(key(f), ArticleJson.article(e, fetchedAt));
                if (w != null) {
                    w.write(line);
                    w.newLine();
                } else {
                    stdout.println(line);
                }
                ok++;
            }
        }
        System.err.println("extract: " + ok + " articles, " + skipped + " skipped, from " + files.size() + " files in " + dir);
        return 0;
    }

    /** @return the file's bytes, gunzipped when the name ends in .gz or the bytes start with gzip's magic */
    static byte[] read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            boolean gz = file.getFileName().toString().endsWith(".gz")
                    || (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b);
            if (!gz) {
                return bytes;
            }
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()), e);
        }
    }

    /** @return the file name without {@code .html}, {@code .htm} or {@code .html.gz} */
    static String key(Path file) {
        return file.getFileName().toString().replaceFirst("\\.html?(\\.gz)?$", "");
    }
}
