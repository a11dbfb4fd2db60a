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

    /** @return whether a response looks like a sitemap or feed: XML, plain text from a sitemap URL, or gzip */
    public static boolean isSitemapOrFeed(String url, String contentType, byte[] body) {
        String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (ct.contains("xml") || ct.contains("rss") || ct.contains("atom")) {
            return true;
        }
        String head = new String(body, 0, Math.min(body.length, 512), java.nio.charset.StandardCharsets.UTF_8).stripLeading();
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1);
        }
        return head.startsWith("<?xml") && (head.contains("<urlset") || head.contains("<sitemapindex")
                || head.contains("<rss") || head.contains("<feed")) || head.startsWith("<urlset")
                || head.startsWith("<sitemapindex") || head.startsWith("<rss") || head.startsWith("<feed");
    }

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
