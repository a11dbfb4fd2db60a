package newsflow.core.dates;

/** Where on the page a date was found, in the order newsflow trusts them. */
public enum DateSource {
    JSON_LD, META, TIME_ELEMENT, VISIBLE_TEXT, URL
}
