package newsflow.core;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the team's shared material ({@code ../shared}: cases, corpus) lives for tests. */
public final class SharedMaterial {
    private SharedMaterial() {
    }

    /**
     * @return the shared folder; the calling test is skipped, with the reason, when it is absent
     *     (CI and every development checkout have it beside the repository)
     */
    public static Path dir() {
        String prop = System.getProperty("newsflow.shared.dir");
        Path p = prop != null ? Path.of(prop) : Path.of("..", "shared");
        if (!Files.isDirectory(p) && Files.isDirectory(Path.of("..", "..", "shared"))) {
            p = Path.of("..", "..", "shared");
        }
        assumeTrue(Files.isDirectory(p), "shared material not found at " + p.toAbsolutePath()
                + " (set -Dnewsflow.shared.dir); these tests read the team's cases and corpus from it");
        return p;
    }
}
