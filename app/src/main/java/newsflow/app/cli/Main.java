package newsflow.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsflow} command. */
@Command(name = "newsflow", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "A streaming news-ingestion pipeline on Apache Kafka.",
        subcommands = {DemoCommand.class, ExtractCommand.class, CrawlCommand.class, EnrichCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * @return the command line with newsflow's error handling: an exception that escapes a command is one
     *     line on stderr (its message and its cause's), exit code 1; {@code NEWSFLOW_DEBUG=1} prints the stack trace
     */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (System.getenv("NEWSFLOW_DEBUG") != null) {
                e.printStackTrace(cmd.getErr());
            }
            StringBuilder msg = new StringBuilder(cmd.getCommandName()).append(": ").append(e.getMessage());
            for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
                if (c.getMessage() != null && !msg.toString().contains(c.getMessage())) {
                    msg.append(" (").append(c.getMessage()).append(')');
                    break;
                }
            }
            cmd.getErr().println(msg);
            return 1;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
