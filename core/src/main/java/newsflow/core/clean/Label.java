package newsflow.core.clean;

/** The cleaner's verdict on a block. */
public enum Label {
    CONTENT, BOILERPLATE
}
