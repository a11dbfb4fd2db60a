package newsflow.core.decode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of an HTTP response: status code and headers (names case-insensitive, RFC 9110 §5.1).
 *
 * @param status the status code, e.g. 200; 200 when the head had no status line
 * @param headers header values by lower-case name, in order received
 */
public record HttpHead(int status, Map<String, List<String>> headers) {
    private static final Pattern STATUS_LINE = Pattern.compile("^HTTP/\\S+\\s+(\\d{3})\\b.*");
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([^\"';,\\s]+)");

    /** An empty 200 head, for pages read from files without headers. */
    public static final HttpHead NONE = new HttpHead(200, Map.of());

    public HttpHead {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((k, v) -> copy.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        headers = Map.copyOf(copy);
    }

    /**
     * Parses a raw response head: an optional status line ({@code HTTP/1.1 200 OK}) and
     * {@code Name: value} lines; folded continuation lines are joined; a blank line ends the head.
     *
     * @param raw the head as text (ISO-8859-1 or UTF-8); lines end with CRLF or LF
     * @return the head; malformed header lines are skipped
     */
    public static HttpHead parse(String raw) {
        int status = 200;
        Map<String, List<String>> headers = new LinkedHashMap<>();
        String lastName = null;
        for (String line : raw.split("\r?\n", -1)) {
            if (line.isEmpty()) {
                if (!headers.isEmpty()) {
                    break;
                }
                continue;
            }
            Matcher m = STATUS_LINE.matcher(line);
            if (m.matches()) {
                status = Integer.parseInt(m.group(1));
                continue;
            }
            if ((line.startsWith(" ") || line.startsWith("\t")) && lastName != null) {
                List<String> values = headers.get(lastName);
                values.set(values.size() - 1, values.get(values.size() - 1) + " " + line.trim());
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            lastName = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            headers.computeIfAbsent(lastName, k -> new ArrayList<>()).add(line.substring(colon + 1).trim());
        }
        return new HttpHead(status, headers);
    }

    /** @return the first value of a header, by case-insensitive name */
    public Optional<String> header(String name) {
        List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    /** @return the Content-Type header as served, if any */
    public Optional<String> contentType() {
        return header("content-type");
    }

    /** @return the media type of Content-Type, lower case, without parameters (e.g. {@code text/html}) */
    public Optional<String> mediaType() {
        return contentType().map(ct -> ct.split(";", 2)[0].trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty());
    }

    /** @return the {@code charset} parameter of Content-Type, as written, if any */
    public Optional<String> charset() {
        return contentType().flatMap(HttpHead::charsetParameter);
    }

    /** @return the charset parameter of a Content-Type-like value, as written */
    public static Optional<String> charsetParameter(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
