package newsflow.core.decode;

/** Which signal decided a page's charset, strongest first (WHATWG HTML §13.2.3.2 "encoding sniffing"). */
public enum CharsetSource {
    /** A byte-order mark at the start of the body. */
    BOM,
    /** The {@code charset} parameter of the HTTP Content-Type header. */
    HTTP_HEADER,
    /** A {@code <meta charset>} or {@code <meta http-equiv=Content-Type>} in the document head. */
    META,
    /** Statistical detection (ICU4J {@code CharsetDetector}). */
    DETECTED,
    /** Nothing said anything: UTF-8. */
    DEFAULT
}
