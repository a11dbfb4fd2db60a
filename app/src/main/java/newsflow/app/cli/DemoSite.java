package newsflow.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the project's copy of the seed site lives: {@code demo/seed-site} of the newsflow checkout. */
final class DemoSite {
    private DemoSite() {
    }

    /**
     * @return {@code $newsflow.home/demo/seed-site} when the launcher sets {@code -Dnewsflow.home}, else the
     *     first {@code demo/seed-site} found from the current folder upwards
     * @throws IllegalStateException when there is none
     */
    static Path defaultDir() {
        String home = System.getProperty("newsflow.home");
        if (home != null && Files.isDirectory(Path.of(home, "demo", "seed-site"))) {
            return Path.of(home, "demo", "seed-site").toAbsolutePath();
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("demo/seed-site"))) {
                return d.resolve("demo/seed-site");
            }
        }
        throw new IllegalStateException("demo/seed-site not found: run ./newsflow from the newsflow checkout, or pass --site DIR");
    }
}
