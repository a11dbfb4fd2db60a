package newsflow.testkit.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the shared reference checkers ({@code shared/tools/*.py}, Python 3, standard library only) from tests: the
 * checkers are the contract, so a test that can run them does, and one that cannot says why (no {@code python3}).
 */
public final class Python {
    private Python() {
    }

    /**
     * What a script printed and how it ended.
     *
     * @param exitCode the process's exit code
     * @param output its standard output and standard error, interleaved, decoded as UTF-8
     */
    public record Run(int exitCode, String output) {
    }

    /** @return whether {@code python3 --version} runs and succeeds within 10 s */
    public static boolean available() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * @param script the script to run with {@code python3}
     * @param timeout how long it may take
     * @param args its arguments
     * @return its exit code and output
     * @throws IOException if {@code python3} cannot be started
     * @throws IllegalStateException if it does not end within {@code timeout} (it is killed), with the output so far
     */
    public static Run run(Path script, Duration timeout, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", script.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        // read while it runs: a checker printing more than a pipe holds would otherwise never end
        byte[][] out = new byte[1][];
        Thread reader = new Thread(() -> {
            try {
                out[0] = p.getInputStream().readAllBytes();
            } catch (IOException e) {
                out[0] = ("(output unreadable: " + e + ")").getBytes(StandardCharsets.UTF_8);
            }
        }, "python-output");
        reader.start();
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            reader.join(5_000);
            throw new IllegalStateException(script.getFileName() + " did not end within " + timeout);
        }
        reader.join();
        return new Run(p.exitValue(), new String(out[0], StandardCharsets.UTF_8));
    }
}
