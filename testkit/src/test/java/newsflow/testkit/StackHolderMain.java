package newsflow.testkit;

/**
 * Test helper run as a separate JVM: starts an embedded stack in the folder given as first argument, prints the pids of its processes on
 * one line ({@code PIDS <pid> <pid> ...}) and waits forever, so a test can kill this JVM and watch
 * what happens to the stack.
 */
public final class StackHolderMain {
    private StackHolderMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedStack stack = EmbeddedStack.start(java.nio.file.Path.of(args[0]));
        StringBuilder sb = new StringBuilder("PIDS");
        stack.kafka().pids().forEach(p -> sb.append(' ').append(p));
        sb.append(' ').append(stack.registry().pid());
        System.out.println(sb);
        System.out.flush();
        new java.util.concurrent.CountDownLatch(1).await();
    }
}
