package newsflow.testkit.kafka;

/** Log4j 2 configurations written for the child JVMs (the broker's POM declares no logging config). */
final class Log4jConfigs {
    private Log4jConfigs() {
    }

    /** Broker: INFO to stdout, which the testkit sends to the node's log file. */
    static final String BROKER = String.join("\n",
            "status = warn",
            "appender.out.type = Console",
            "appender.out.name = OUT",
            "appender.out.layout.type = PatternLayout",
            "appender.out.layout.pattern = [%d] %p %m (%c)%n",
            "rootLogger.level = info",
            "rootLogger.appenderRef.out.ref = OUT",
            "logger.state.name = state.change.logger",
            "logger.state.level = warn",
            "logger.request.name = kafka.request.logger",
            "logger.request.level = warn",
            "");

    /** Tools (storage format): WARN only, so their stdout holds only what they print. */
    static final String TOOL = String.join("\n",
            "status = warn",
            "appender.out.type = Console",
            "appender.out.name = OUT",
            "appender.out.layout.type = PatternLayout",
            "appender.out.layout.pattern = [%d] %p %m (%c)%n",
            "rootLogger.level = warn",
            "rootLogger.appenderRef.out.ref = OUT",
            "");
}
