package newsflow.core.clean;

/** Structural kind of a text block; mirrors the {@code BlockKind} enum of the Avro {@code CleanPage}. */
public enum BlockKind {
    PARAGRAPH, HEADING, LIST_ITEM, TABLE_ROW, QUOTE, CAPTION, PRE, OTHER
}
