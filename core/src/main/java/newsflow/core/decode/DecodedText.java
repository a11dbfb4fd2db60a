package newsflow.core.decode;

import java.nio.charset.Charset;

/**
 * A page body decoded to text.
 *
 * @param text the characters, without a byte-order mark
 * @param charset the charset used
 * @param source which signal chose it
 */
public record DecodedText(String text, Charset charset, CharsetSource source) {
}
