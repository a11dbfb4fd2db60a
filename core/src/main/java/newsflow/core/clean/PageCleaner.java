package newsflow.core.clean;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import newsflow.core.CleanedPage;
import newsflow.core.PageInput;
import newsflow.core.decode.CharsetSniffer;
import newsflow.core.decode.ContentSniffer;
import newsflow.core.decode.DecodedText;
import newsflow.core.label.BoilerplateLexicon;
import newsflow.core.meta.MetadataExtractor;
import newsflow.core.meta.PageMetadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Turns one HTTP response into a {@link CleanedPage}: sniff that it is HTML, decode
 * ({@link CharsetSniffer}), parse with Jsoup (no size limit: a page with 2 MB of inline scripts keeps
 * its body), read metadata, prune scripts/styles/forms/hidden elements, cut the body into blocks and
 * label each CONTENT or BOILERPLATE ({@link BlockLabeller}). Pure and deterministic; thread-safe.
 */
public final class PageCleaner {
    private final BlockLabeller labeller;

    /** A cleaner with the shipped boilerplate lexicon. */
    public PageCleaner() {
        this(BoilerplateLexicon.defaults());
    }

    /** @param lexicon the boilerplate phrases to use */
    public PageCleaner(BoilerplateLexicon lexicon) {
        this.labeller = new BlockLabeller(lexicon);
    }

    /**
     * The outcome of cleaning: a page, or why the response is not an HTML page.
     *
     * @param page the cleaned page, or null
     * @param rejection one-line reason, or null
     */
    public record Result(CleanedPage page, String rejection) {
    }

    /** @return the cleaned page, or a rejection when the response is not HTML or its status is an error */
    public Result clean(PageInput in) {
        Optional<String> notHtml = ContentSniffer.notHtml(in.body(), in.head().mediaType());
        if (notHtml.isPresent()) {
            return new Result(null, notHtml.get());
        }
        DecodedText decoded = CharsetSniffer.decode(in.body(), in.head());
        Document doc = Jsoup.parse(decoded.text(), in.url(), Parser.htmlParser());
        LocalDate notAfter = in.fetchedAt().atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1);
        PageMetadata meta = MetadataExtractor.extract(doc, in.url(), notAfter);
        List<CleanedPage.Outlink> outlinks = outlinks(doc);
        DomPruner.prune(doc);
        List<Segment> segments = BlockSegmenter.segment(doc.body());
        labeller.label(segments, doc.body(), meta.title());
        List<Block> blocks = new ArrayList<>(segments.size());
        for (Segment s : segments) {
            blocks.add(s.toBlock());
        }
        CleanedPage page = new CleanedPage(in.url(), site(in.url()), in.head().status(), in.head().contentType().orElse(null),
                decoded.charset().name(), decoded.source(), canonicalOnSameSite(meta, in.url()), blocks, outlinks);
        if (in.head().status() >= 400) {
            return new Result(page, "HTTP status " + in.head().status());
        }
        return new Result(page, null);
    }

    private static PageMetadata canonicalOnSameSite(PageMetadata m, String url) {
        if (m.canonicalUrl() == null || site(m.canonicalUrl()).equals(site(url))) {
            return m;
        }
        return new PageMetadata(null, m.htmlLang(), m.htmlDir(), m.titles(), m.title(), m.siteName(), m.authors(),
                m.published(), m.modified(), m.description(), m.jsonLdArticleBody(), m.jsonLdLanguage());
    }

    private static List<CleanedPage.Outlink> outlinks(Document doc) {
        Set<String> seen = new LinkedHashSet<>();
        List<CleanedPage.Outlink> out = new ArrayList<>();
        // feeds the page announces (RSS/Atom autodiscovery), then the links of the body in order
        List<Element> links = new ArrayList<>(doc.select("link[rel~=(?i)alternate][type~=(?i)(rss|atom)][href]"));
        links.addAll(doc.body().select("a[href]"));
        for (Element a : links) {
            String abs = a.absUrl("href");
            int hash = abs.indexOf('#');
            if (hash >= 0) {
                abs = abs.substring(0, hash);
            }
            if ((abs.startsWith("http://") || abs.startsWith("https://")) && seen.add(abs)) {
                out.add(new CleanedPage.Outlink(abs, Texts.clean(a.text())));
            }
        }
        return out;
    }

    /** @return the site of {@code url} ({@link newsflow.core.Sites#ofUrl}) */
    public static String site(String url) {
        return newsflow.core.Sites.ofUrl(url);
    }
}
