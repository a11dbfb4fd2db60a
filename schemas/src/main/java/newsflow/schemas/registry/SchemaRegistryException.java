package newsflow.schemas.registry;

/**
 * A Schema Registry request that failed, with the HTTP status and the registry's {@code error_code}.
 *
 * <p>Confluent-compatible registries answer errors with a JSON body {@code {"error_code": 40401,
 * "message": "..."}}; {@link #errorCode()} carries that code (e.g. 40401 subject not found, 40402
 * version not found, 40403 schema not found, 409 or 409xx incompatible schema, 42201 invalid schema).
 * Transport failures (connection refused, timeouts) have status {@link #NO_STATUS}.
 */
public class SchemaRegistryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Status and error code used when no HTTP response was received. */
    public static final int NO_STATUS = -1;

    private final int status;
    private final int errorCode;
    private final String method;
    private final String url;

    /**
     * @param status HTTP status, or {@link #NO_STATUS} when no response arrived
     * @param errorCode the registry's {@code error_code}, or {@link #NO_STATUS} when the body had none
     * @param method HTTP method of the request
     * @param url full request URL
     * @param message the registry's message or a description of the transport failure
     * @param cause the underlying exception, may be null
     */
    public SchemaRegistryException(int status, int errorCode, String method, String url, String message, Throwable cause) {
        super(method + " " + url + " failed: "
                + (status == NO_STATUS ? "" : "HTTP " + status + (errorCode == NO_STATUS ? "" : " error_code " + errorCode) + ": ")
                + message, cause);
        this.status = status;
        this.errorCode = errorCode;
        this.method = method;
        this.url = url;
    }

    /** @return the HTTP status, or {@link #NO_STATUS} for a transport failure */
    public int status() {
        return status;
    }

    /** @return the registry's {@code error_code}, or {@link #NO_STATUS} if absent */
    public int errorCode() {
        return errorCode;
    }

    /** @return the HTTP method of the failed request */
    public String method() {
        return method;
    }

    /** @return the full URL of the failed request */
    public String url() {
        return url;
    }

    /**
     * @return true for HTTP 404 with a registry error code of the 404xx family (40401 subject, 40402
     *     version, 40403 schema not found); a bare 404 without one means a wrong URL, not a missing subject
     */
    public boolean isNotFound() {
        return status == 404 && errorCode / 100 == 404;
    }

    /** @return true for HTTP 409, the answer to registering a schema the subject's compatibility rejects */
    public boolean isIncompatible() {
        return status == 409;
    }

    /** @return true when a retry may succeed: no response at all, or a 5xx status */
    public boolean isRetriable() {
        return status == NO_STATUS || status >= 500;
    }

    /**
     * @param e any failure, e.g. a {@code SerializationException} from the serde
     * @return true when somewhere in its causes the Schema Registry could not be reached or failed (5xx, I/O):
     *     the record is not at fault and should be retried, not dead-lettered
     */
    public static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SchemaRegistryException r) {
                return r.isRetriable();
            }
            if (t instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }
}
