package newsflow.core.decode;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tells whether a response is an HTML document worth cleaning, whatever the server claims: a PDF,
 * an image or other binary served as {@code text/html} is refused (WHATWG MIME Sniffing §7 signatures).
 */
public final class ContentSniffer {
    private ContentSniffer() {
    }

    /**
     * @param body the response body
     * @param mediaType the Content-Type's media type, lower case, or empty when unknown
     * @return empty when the body is HTML (or plausibly so), else a one-line reason
     */
    public static Optional<String> notHtml(byte[] body, Optional<String> mediaType) {
        if (body.length == 0) {
            return Optional.of("empty body");
        }
        String magic = new String(body, 0, Math.min(body.length, 8), StandardCharsets.ISO_8859_1);
        if (magic.startsWith("%PDF-")) {
            return Optional.of("PDF document (starts with %PDF-)" + mediaType.map(m -> ", served as " + m).orElse(""));
        }
        if (magic.startsWith("\u0089PNG") || magic.startsWith("GIF8") || magic.startsWith("\u00ff\u00d8\u00ff")
                || magic.startsWith("PK\u0003\u0004") || magic.startsWith("\u001f\u008b")) {
            return Optional.of("binary content (" + describe(magic) + ")" + mediaType.map(m -> ", served as " + m).orElse(""));
        }
        if (mediaType.isPresent()) {
            String m = mediaType.get();
            boolean htmlish = m.contains("html") || m.equals("text/plain") || m.equals("application/octet-stream")
                    || m.endsWith("/xml");
            if (!htmlish) {
                return Optional.of("not HTML: " + m);
            }
        }
        if (controlShare(body) > 0.10) {
            return Optional.of("binary content (many control bytes)");
        }
        if (!hasByte(body, Math.min(body.length, 4096), (byte) '<')) {
            return Optional.of("no markup in the first 4 KiB");
        }
        return Optional.empty();
    }

    private static String describe(String magic) {
        if (magic.startsWith("\u0089PNG")) {
            return "PNG image";
        }
        if (magic.startsWith("GIF8")) {
            return "GIF image";
        }
        if (magic.startsWith("PK")) {
            return "ZIP archive";
        }
        if (magic.startsWith("\u001f\u008b")) {
            return "gzip data";
        }
        return "JPEG image";
    }

    /** @return whether {@code b} is among the first {@code n} bytes of {@code bytes} */
    private static boolean hasByte(byte[] bytes, int n, byte b) {
        for (int i = 0; i < n; i++) {
            if (bytes[i] == b) {
                return true;
            }
        }
        return false;
    }

    private static double controlShare(byte[] body) {
        int n = Math.min(body.length, 4096);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = body[i] & 0xff;
            if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
                control++;
            }
        }
        return n == 0 ? 0 : (double) control / n;
    }
}
