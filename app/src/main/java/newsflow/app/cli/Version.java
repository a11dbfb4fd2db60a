package newsflow.app.cli;

import picocli.CommandLine;

/** The version newsflow was built as, from the jar's manifest. */
public final class Version implements CommandLine.IVersionProvider {
    /** @return the implementation version, or {@code dev} when run from classes */
    public static String get() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"newsflow " + get()};
    }
}
