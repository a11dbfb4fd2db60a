package newsflow.testkit.process;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Entry point of every child JVM the testkit starts: runs another main class, and exits when its
 * standard input reaches end-of-file.
 *
 * <p>Java cannot ask the kernel to kill a child when its parent dies. The parent holds the write end
 * of the child's stdin pipe; when the parent exits for any reason (including SIGKILL), the pipe closes,
 * this watchdog reads end-of-file and calls {@link System#exit(int)} so the child's own shutdown hooks
 * run (a clean broker shutdown releases its log-directory lock). If those hooks hang, the process is
 * halted after {@value #HALT_AFTER_MS} ms.
 *
 * <p>Usage: {@code java -cp ... newsflow.testkit.process.ParentWatchdog <main class> [args...]}.
 */
public final class ParentWatchdog {
    /** Time the child's shutdown hooks get after the parent is gone, in milliseconds. */
    static final long HALT_AFTER_MS = 20_000;

    private ParentWatchdog() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length < 1) {
            System.err.println("usage: ParentWatchdog <main class> [args...]");
            System.exit(2);
        }
        Thread watcher = new Thread(ParentWatchdog::watchStdin, "parent-watchdog");
        watcher.setDaemon(true);
        watcher.start();

        Method main = Class.forName(args[0]).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void watchStdin() {
        try {
            byte[] buf = new byte[64];
            while (System.in.read(buf) != -1) {
                // the parent never writes; anything it sends is ignored
            }
        } catch (IOException e) {
            // a broken pipe means the same as end-of-file: the parent is gone
        }
        Thread halter = new Thread(() -> {
            try {
                Thread.sleep(HALT_AFTER_MS);
            } catch (InterruptedException ignored) {
                // exit anyway
            }
            Runtime.getRuntime().halt(1);
        }, "parent-watchdog-halt");
        halter.setDaemon(true);
        halter.start();
        System.exit(0);
    }
}
