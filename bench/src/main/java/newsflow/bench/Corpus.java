package newsflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A benchmark folder in the article-extraction benchmark's layout: {@code html/<key>.html.gz} (or
 * {@code .html}) and {@code ground-truth.json} ({@code {"<key>": {"url": ..., "articleBody": ...}}}).
 *
 * @param dir the folder
 * @param pages its pages, in key order
 */
public record Corpus(Path dir, List<Page> pages) {
    /**
     * One page.
     *
     * @param key the file name without {@code .html.gz}
     * @param url the URL it was fetched from
     * @param html the page's bytes, gunzipped
     * @param truth the human-made article body
     */
    public record Page(String key, String url, byte[] html, String truth) {
    }

    /**
     * @param dir a folder with {@code html/} and {@code ground-truth.json}
     * @return the pages that have both a file and a ground truth
     * @throws UncheckedIOException naming the file that cannot be read
     */
    public static Corpus load(Path dir) {
        Path truthFile = dir.resolve("ground-truth.json");
        try {
            JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
            List<Page> pages = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            truth.fieldNames().forEachRemaining(keys::add);
            keys.sort(null);
            for (String key : keys) {
                Path gz = dir.resolve("html").resolve(key + ".html.gz");
                Path plain = dir.resolve("html").resolve(key + ".html");
                byte[] html;
                if (Files.exists(gz)) {
                    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Files.readAllBytes(gz)))) {
                        html = in.readAllBytes();
                    }
                } else if (Files.exists(plain)) {
                    html = Files.readAllBytes(plain);
                } else {
                    continue;
                }
                JsonNode t = truth.get(key);
                pages.add(new Page(key, t.path("url").asText("http://aeb.example/" + key),
                        html, t.path("articleBody").asText("")));
            }
            return new Corpus(dir, List.copyOf(pages));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the benchmark folder " + dir + ": " + e.getMessage(), e);
        }
    }

}
