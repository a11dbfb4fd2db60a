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
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
