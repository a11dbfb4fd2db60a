package newsflow.core.decode;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a page body to text, choosing the charset as browsers do (WHATWG HTML §13.2.3.2): a
 * byte-order mark first, then the HTTP {@code Content-Type} charset, then a {@code <meta charset>} or
 * {@code <meta http-equiv="Content-Type" content="...; charset=...">} anywhere in the document head
 * (not only in the first 1,024 bytes: pages put 3 KB of scripts before it), then ICU4J's statistical
 * detection, then UTF-8.
 *
 * <p>Two browser rules are kept: a declared ISO-8859-1 or US-ASCII means windows-1252 (WHATWG Encoding
 * §4.2), and a declared UTF-16 in a {@code <meta>} means UTF-8 (the meta could not have been read
 * otherwise); legacy labels decode as their WHATWG supersets (gb2312 as GBK, shift_jis as
 * windows-31j, …). A body that holds non-ASCII bytes and is well-formed UTF-8 is read as UTF-8 whatever
 * a legacy label says (a server saying windows-1256 for a UTF-8 page): single-byte charsets decode any
 * bytes, but multi-byte UTF-8 does not happen by accident. Malformed bytes become U+FFFD in the worst
 * case; nothing is thrown for bad bytes.
 */
public final class CharsetSniffer {
    /** Bytes scanned for a {@code <meta>} declaration when no {@code </head>} comes earlier: 64 KiB. */
    static final int META_SCAN_BYTES = 64 * 1024;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);

    private CharsetSniffer() {
    }

    /**
     * @param body the response body as received (after content-encoding is undone)
     * @param head the response head; {@link HttpHead#NONE} when unknown
     * @return the text, its charset and which signal chose it
     */
    public static DecodedText decode(byte[] body, HttpHead head) {
        Optional<DecodedText> bom = fromBom(body);
        if (bom.isPresent()) {
            return bom.get();
        }
        // decoded once, here, as UTF-8 (what most pages are); the JDK's decoder turns every malformed sequence into
        // U+FFFD, so a result without one is well-formed, and it is ASCII when it has as many chars as there are bytes
        // (every multi-byte sequence gives fewer chars than bytes)
        String decoded = new String(body, StandardCharsets.UTF_8);
        boolean noReplacement = decoded.indexOf('\uFFFD') < 0;
        boolean wellFormed = noReplacement || decodesCleanly(body, StandardCharsets.UTF_8);
        boolean ascii = noReplacement && decoded.length() == body.length;
        // the text when the bytes are well-formed UTF-8 with non-ASCII in them; null otherwise
        String utf8 = ascii || !wellFormed ? null : decoded;
        Optional<Charset> http = head.charset().flatMap(CharsetSniffer::lookup);
        if (http.isPresent()) {
            Charset cs = http.get();
            if (utf8 != null && !cs.equals(StandardCharsets.UTF_8)) {
                // Legacy single-byte charsets decode any bytes; valid multi-byte UTF-8 is no accident.
                return new DecodedText(utf8, StandardCharsets.UTF_8, CharsetSource.DETECTED);
            }
            return new DecodedText(utf8 != null ? utf8 : declared(body, cs, decoded, ascii), cs, CharsetSource.HTTP_HEADER);
        }
        Optional<Charset> meta = fromMeta(body);
        if (meta.isPresent()) {
            Charset cs = utf8 != null ? StandardCharsets.UTF_8 : meta.get();
            return new DecodedText(utf8 != null ? utf8 : declared(body, cs, decoded, ascii), cs, CharsetSource.META);
        }
        if (ascii) {
            return new DecodedText(decoded, StandardCharsets.UTF_8, CharsetSource.DEFAULT);
        }
        if (utf8 != null) {
            return new DecodedText(utf8, StandardCharsets.UTF_8, CharsetSource.DETECTED);
        }
        Optional<Charset> detected = detect(body);
        if (detected.isPresent()) {
            return new DecodedText(decodeLenient(body, detected.get()), detected.get(), CharsetSource.DETECTED);
        }
        return new DecodedText(decodeLenient(body, StandardCharsets.UTF_8), StandardCharsets.UTF_8, CharsetSource.DEFAULT);
    }

    /**
     * @param decoded the body decoded as UTF-8
     * @param ascii whether the body is all ASCII
     * @return the body decoded with the declared {@code cs}: for an ASCII body in a charset that reads ASCII as ASCII
     *     (UTF-8, US-ASCII, the windows and ISO 8859 single-byte charsets) the UTF-8 text already decoded, else the
     *     bytes decoded anew (a stateful or EBCDIC charset reads ASCII bytes otherwise)
     */
    private static String declared(byte[] body, Charset cs, String decoded, boolean ascii) {
        String name = cs.name();
        boolean readsAsciiAsAscii = cs.equals(StandardCharsets.UTF_8) || cs.equals(StandardCharsets.US_ASCII)
                || name.startsWith("windows-125") || name.startsWith("ISO-8859-");
        return ascii && readsAsciiAsAscii ? decoded : decodeLenient(body, cs);
    }

    private static Optional<DecodedText> fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return Optional.of(new DecodedText(new String(b, 3, b.length - 3, StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8, CharsetSource.BOM));
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return Optional.of(new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE),
                    StandardCharsets.UTF_16BE, CharsetSource.BOM));
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return Optional.of(new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE),
                    StandardCharsets.UTF_16LE, CharsetSource.BOM));
        }
        return Optional.empty();
    }

    /** Reads {@code <meta>} declarations in the head, the first one that names a known charset winning. */
    static Optional<Charset> fromMeta(byte[] body) {
        // Scanned as bytes: every charset a meta can declare keeps ASCII bytes as they are. Each <meta ...> tag
        // up to the end of the head is matched alone: no pattern runs over the whole head.
        int limit = Math.min(body.length, META_SCAN_BYTES);
        for (int at = 0; at < limit; at++) {
            if (body[at] != '<') {
                continue;
            }
            if (startsWithIgnoreCase(body, at + 1, "/head") || startsWithIgnoreCase(body, at + 1, "body")) {
                break;
            }
            if (!startsWithIgnoreCase(body, at + 1, "meta")) {
                continue;
            }
            int close = at + 5;
            while (close < limit && body[close] != '>') {
                close++;
            }
            if (close >= limit) {
                break;
            }
            if (!containsIgnoreCase(body, at + 5, close, "charset")) {
                at = close; // (most metas: the pattern needs the word)
                continue;
            }
            Matcher m = META_CHARSET.matcher(new String(body, at, close + 1 - at, StandardCharsets.ISO_8859_1));
            if (m.find()) {
                Optional<Charset> cs = lookup(m.group(1));
                if (cs.isPresent()) {
                    // A meta could only be read because the bytes are ASCII-compatible: UTF-16/32 labels mean UTF-8.
                    String name = cs.get().name();
                    return name.startsWith("UTF-16") || name.startsWith("UTF-32") ? Optional.of(StandardCharsets.UTF_8) : cs;
                }
            }
            at = close;
        }
        return Optional.empty();
    }

    /** @return whether the bytes [from, to) hold {@code lower} (ASCII, lower case) in any ASCII case */
    private static boolean containsIgnoreCase(byte[] b, int from, int to, String lower) {
        for (int i = from; i + lower.length() <= to; i++) {
            if (startsWithIgnoreCase(b, i, lower)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the bytes at {@code from} spell {@code lower} (ASCII, lower case) in any case */
    private static boolean startsWithIgnoreCase(byte[] b, int from, String lower) {
        if (from + lower.length() > b.length) {
            return false;
        }
        for (int i = 0; i < lower.length(); i++) {
            int c = b[from + i];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** @return index of the first byte >= 0x80, or -1 */
    private static int firstNonAscii(byte[] body) {
        for (int i = 0; i < body.length; i++) {
            if (body[i] < 0) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<Charset> detect(byte[] body) {
        // ICU looks at the first 8,000 bytes only: start shortly before the first non-ASCII byte, markup filtered.
        int from = Math.max(0, firstNonAscii(body) - 1024);
        byte[] sample = java.util.Arrays.copyOfRange(body, from, Math.min(body.length, from + 64 * 1024));
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(true);
        detector.setText(sample);
        CharsetMatch match = detector.detect();
        return match == null ? Optional.empty() : lookup(match.getName());
    }

    /**
     * @param label a charset label as pages write it ({@code utf8}, {@code ISO-8859-1}, {@code cp1256})
     * @return the Java charset, with WHATWG's mapping of latin1/ASCII labels to windows-1252
     */
    static Optional<Charset> lookup(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT);
        if (l.isEmpty()) {
            return Optional.empty();
        }
        switch (l) {
            case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "iso_8859-1", "cp819" -> l = "windows-1252";
            case "utf8", "unicode-1-1-utf-8" -> l = "utf-8";
            case "cp1256", "x-cp1256" -> l = "windows-1256";
            // WHATWG Encoding §4.2: legacy labels decode as their supersets
            case "gb2312", "gb_2312", "gb_2312-80", "csgb2312", "x-gbk", "chinese" -> l = "GBK";
            case "euc-kr", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "windows-949", "cseuckr" -> l = "x-windows-949";
            case "shift_jis", "shift-jis", "sjis", "ms_kanji", "x-sjis", "csshiftjis", "ms932" -> l = "windows-31j";
            case "iso-8859-8-i", "csiso88598i", "logical" -> l = "ISO-8859-8";
            case "tis-620", "iso-8859-11", "dos-874" -> l = "x-windows-874";
            case "iso-8859-9", "latin5", "l5" -> l = "windows-1254";
            default -> {
            }
        }
        try {
            return Optional.of(Charset.forName(l));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static boolean decodesCleanly(byte[] body, Charset cs) {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            d.decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String decodeLenient(byte[] body, Charset cs) {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            CharBuffer out = d.decode(ByteBuffer.wrap(body));
            return out.toString();
        } catch (CharacterCodingException e) {
            return new String(body, cs);
        }
    }
}
