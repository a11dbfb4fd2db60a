package newsflow.core;

import java.util.List;
import newsflow.core.clean.Block;
import newsflow.core.decode.CharsetSource;
import newsflow.core.meta.PageMetadata;

/**
 * A page after decoding and cleaning: everything the Avro {@code CleanPage} record carries.
 *
 * @param url the URL fetched
 * @param site the site ({@link Sites}): the registrable domain
 * @param httpStatus status code of the response
 * @param contentType Content-Type as served, or null
 * @param charset IANA name of the charset used
 * @param charsetSource which signal chose it
 * @param metadata titles, authors, dates, canonical URL, language and direction attributes
 * @param blocks text blocks in document order, each labelled
 * @param outlinks absolute http(s) links, de-duplicated: the feeds the head announces (RSS/Atom
 *     autodiscovery), then the body's links in document order
 */
public record CleanedPage(String url, String site, int httpStatus, String contentType, String charset,
        CharsetSource charsetSource, PageMetadata metadata, List<Block> blocks, List<Outlink> outlinks) {
    public CleanedPage {
        blocks = List.copyOf(blocks);
        outlinks = List.copyOf(outlinks);
    }

    /**
     * A link on the page.
     *
     * @param url absolute URL
     * @param anchorText visible text, whitespace collapsed
     */
    public record Outlink(String url, String anchorText) {
    }
}
