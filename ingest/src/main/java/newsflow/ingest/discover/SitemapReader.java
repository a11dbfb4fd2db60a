package newsflow.ingest.discover;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads sitemaps (sitemaps.org 0.9 XML, sitemap indexes, plain-text lists, gzip) and the feeds
 * crawler-commons reads as sitemaps (RSS 2.0, Atom 1.0), through crawler-commons'
 * {@link SiteMapParser} in non-strict mode (entries on other hosts are kept; the crawler filters by
 * site). Thread-safe.
 */
public final class SitemapReader {
    /**
     * One entry.
     *
     * @param url the page (or, for an index, the child sitemap) URL
     * @param lastModified its {@code lastmod}, or null
     * @param isSitemap whether the entry is itself a sitemap (from an index)
     */
    public record Entry(String url, Instant lastModified, boolean isSitemap) {
    }

    /**
     * @return whether a response is a sitemap or feed, judged by its bytes: gzip (a {@code .xml.gz} sitemap),
     *     or XML whose root element is {@code urlset}, {@code sitemapindex}, {@code rss}, {@code feed} or
     *     {@code rdf:RDF}; or plain text from a URL that names a sitemap. HTML and XHTML never are.
     */
    public static boolean isSitemapOrFeed(String url, String contentType, byte[] body) {
        String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (ct.contains("html")) {
            return false;
        }
        if (body.length > 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b) {
            return true;
        }
        Optional<String> root = rootElement(body);
        if (root.isPresent()) {
            return FEED_OR_SITEMAP_ROOTS.contains(root.get());
        }
        return ct.startsWith("text/plain") && url.toLowerCase(Locale.ROOT).contains("sitemap");
    }

    /** @return whether a sitemap-or-feed response is a feed (RSS, Atom, RDF) rather than a sitemap */
    public static boolean isFeed(String contentType, byte[] body) {
        String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return ct.contains("rss") || ct.contains("atom")
                || rootElement(body).filter(r -> r.equals("rss") || r.equals("feed") || r.equals("rdf:rdf")).isPresent();
    }

    /** @return the lower-cased name of the XML root element in the first 2 KiB of {@code body}, if there is one */
    private static Optional<String> rootElement(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 2048), java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher root = ROOT_ELEMENT.matcher(head);
        return root.find() ? Optional.of(root.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** The first element of an XML document, after the declaration, comments, doctype and processing instructions. */
    private static final java.util.regex.Pattern ROOT_ELEMENT = java.util.regex.Pattern.compile(
            "^\\uFEFF?\\s*(?:<\\?[^>]*\\?>\\s*|<!--.*?-->\\s*|<!DOCTYPE[^>]*>\\s*)*<([A-Za-z][\\w:.-]*)",
            java.util.regex.Pattern.DOTALL);
    private static final java.util.Set<String> FEED_OR_SITEMAP_ROOTS = java.util.Set.of("urlset", "sitemapindex", "rss",
            "feed", "rdf:rdf");

    /**
     * @param url where the sitemap was fetched from (relative entries resolve against it)
     * @param contentType its Content-Type, or null
     * @param body its bytes
     * @return the entries, in document order; empty when the document is not a sitemap or feed
     */
    public Optional<List<Entry>> read(String url, String contentType, byte[] body) {
        SiteMapParser parser = new SiteMapParser(false);
        AbstractSiteMap sm;
        try {
            sm = parser.parseSiteMap(contentType == null ? "text/xml" : contentType, body, new URL(url));
        } catch (UnknownFormatException | IOException e) {
            return Optional.empty();
        }
        List<Entry> out = new ArrayList<>();
        if (sm instanceof SiteMapIndex index) {
            for (AbstractSiteMap child : index.getSitemaps()) {
                out.add(new Entry(child.getUrl().toString(), instant(child.getLastModified()), true));
            }
        } else if (sm instanceof SiteMap map) {
            for (SiteMapURL u : map.getSiteMapUrls()) {
                out.add(new Entry(u.getUrl().toString(), instant(u.getLastModified()), false));
            }
        }
        return Optional.of(out);
    }

    private static Instant instant(java.util.Date d) {
        return d == null ? null : d.toInstant();
    }

}
