package newsflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import newsflow.testkit.process.Await;
import org.junit.jupiter.api.Test;

class ParentDeathIT {

    @Test
    void shouldStopTheBrokerAndRegistryWhenTheirParentIsKilled(@org.junit.jupiter.api.io.TempDir Path dataDir) throws Exception {
        Process parent = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StackHolderMain.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            List<Long> pids = readPids(parent);
            assertThat(pids).hasSize(2);
            assertThat(pids).allSatisfy(pid -> assertThat(ProcessHandle.of(pid)).isPresent());

            parent.destroyForcibly(); // SIGKILL: no shutdown hook runs in the parent
            assertThat(parent.waitFor(30, TimeUnit.SECONDS)).isTrue();

            Await.until("the stack's processes to exit after their parent died", Duration.ofSeconds(60),
                    () -> pids.stream().noneMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)),
                    () -> "still alive: " + pids.stream()
                            .filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                            .collect(Collectors.toList()));
        } finally {
            parent.destroyForcibly();
        }
    }

    private static List<Long> readPids(Process parent) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("PIDS ")) {
                return Arrays.stream(line.substring(5).trim().split(" ")).map(Long::parseLong).collect(Collectors.toList());
            }
        }
        throw new AssertionError("the stack holder exited before printing its pids, exit code " + parent.waitFor());
    }
}
