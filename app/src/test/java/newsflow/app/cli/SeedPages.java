package newsflow.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The project's copy of the seed site (demo/seed-site) and its expected.json, for the app's tests. */
final class SeedPages {
    static final Path DIR = Path.of("..", "demo", "seed-site").toAbsolutePath().normalize();

    private SeedPages() {
    }

    static JsonNode expected() {
        try {
            return new ObjectMapper().readTree(DIR.resolve("expected.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the expected articles' file paths relative to the site, e.g. news/2021/12/31/biden-putin-call.html */
    static List<String> articleFiles() {
        List<String> out = new ArrayList<>();
        expected().get("articles").forEach(a -> out.add(a.get("file").asText()));
        return out;
    }

    static byte[] read(String file) {
        try {
            return Files.readAllBytes(DIR.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
