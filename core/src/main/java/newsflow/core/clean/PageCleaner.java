package newsflow.core.clean;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import newsflow.core.meta.PageIndex;
import newsflow.core.meta.PageMetadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Turns one HTTP response into a {@link CleanedPage}: sniff that it is HTML, empty the script and style
 * bodies newsflow never reads ({@link RawTextStripper}, on the bytes; so the charset is chosen from the page
 * without them: script bytes no longer sway detection, and a {@code <meta charset>} after long head scripts comes
 * within the sniffer's scan), decode ({@link CharsetSniffer}), parse with Jsoup (no size limit: a page with 2 MB of
 * inline scripts keeps its body), read metadata, prune scripts/styles/forms/hidden elements, cut the body into
 * blocks and label each CONTENT or BOILERPLATE ({@link BlockLabeller}). Pure and deterministic; thread-safe.
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
        return clean(in, false);
    }

    /**
     * @param continues whether the caller knows the article goes on on a next page (given with {@code extract
     *     --next-page}); a {@code rel=next} that continues the page's URL says so too. The page's text may then end on a
     *     heading whose section is on the next page.
     * @return the cleaned page, or a rejection when the response is not HTML or its status is an error
     */
    public Result clean(PageInput in, boolean continues) {
        Optional<String> notHtml = ContentSniffer.notHtml(in.body(), in.head().mediaType());
        if (notHtml.isPresent()) {
            return new Result(null, notHtml.get());
        }
        DecodedText decoded = CharsetSniffer.decode(RawTextStripper.strip(in.body()), in.head());
        Document doc = Jsoup.parse(decoded.text(), in.url(), Parser.htmlParser());
        LocalDate notAfter = in.fetchedAt().atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1);
        DomPruner pruner = new DomPruner();
        PageIndex index = PageIndex.of(doc, pruner::consider);
        PageMetadata meta = MetadataExtractor.extract(doc, index, in.url(), notAfter);
        List<CleanedPage.Outlink> outlinks = outlinks(index, doc.baseUri());
        pruner.prune(doc);
        BlockSegmenter.Segmentation segmentation = BlockSegmenter.segment(doc.body());
        List<Segment> segments = segmentation.segments();
        labeller.label(segments, doc.body(), segmentation.letters(), java.util.Arrays.asList(meta.title(), meta.titles().h1(),
                meta.titles().titleTag(), meta.titles().ogTitle(), meta.titles().jsonLdHeadline()), meta.authors(),
                continues || meta.nextPageUrl() != null);
        List<Block> blocks = new ArrayList<>(segments.size());
        TagPaths paths = new TagPaths();
        for (Segment s : segments) {
            blocks.add(s.toBlock(paths));
        }
        String site = site(in.url());
        CleanedPage page = new CleanedPage(in.url(), site, in.head().status(), in.head().contentType().orElse(null),
                decoded.charset().name(), decoded.source(), canonicalOnSameSite(meta, site), blocks, outlinks);
        if (in.head().status() >= 400) {
            return new Result(page, "HTTP status " + in.head().status());
        }
        return new Result(page, null);
    }

    private static PageMetadata canonicalOnSameSite(PageMetadata m, String site) {
        if (m.canonicalUrl() == null || site(m.canonicalUrl()).equals(site)) {
            return m;
        }
        return new PageMetadata(null, m.htmlLang(), m.htmlDir(), m.titles(), m.title(), m.siteName(), m.authors(),
                m.published(), m.modified(), m.description(), m.jsonLdArticleBody(), m.jsonLdLanguage(), m.nextPageUrl());
    }

    private static List<CleanedPage.Outlink> outlinks(PageIndex index, String baseUri) {
        // feeds the page announces (RSS/Atom autodiscovery), then the links of the body in order
        List<Element> links = new ArrayList<>(index.feedLinks());
        links.addAll(index.bodyAnchors());
        Set<String> seen = new java.util.HashSet<>(2 * links.size());
        List<CleanedPage.Outlink> out = new ArrayList<>(links.size());
        LinkResolver resolver = new LinkResolver(baseUri);
        for (Element a : links) {
            String abs = resolver.resolve(a);
            int hash = abs.indexOf('#');
            if (hash >= 0) {
                abs = abs.substring(0, hash);
            }
            if ((abs.startsWith("http://") || abs.startsWith("https://")) && seen.add(abs)) {
                out.add(new CleanedPage.Outlink(abs, anchorText(a)));
            }
        }
        return out;
    }

    /**
     * @return {@code Texts.clean(a.text())}: for a link whose only child is its text, the text node cleaned as it is
     *     (Jsoup's {@code text()} only collapses whitespace, which {@code clean} does too, and drops soft hyphens,
     *     so a text holding one goes the long way)
     */
    static String anchorText(Element a) {
        if (a.childNodeSize() == 1 && a.childNode(0) instanceof org.jsoup.nodes.TextNode t) {
            String raw = t.getWholeText();
            if (raw.indexOf('\u00AD') < 0) {
                return Texts.clean(raw);
            }
        }
        return Texts.clean(a.text());
    }

    /**
     * Resolves link targets against the page's base URL. Jsoup's {@code absUrl} builds {@code java.net.URL}s
     * for every link (a seventh of the per-page path on the benchmark pages); absolute and root-relative
     * links, most of a news page's, need no resolution, and the rest go through one parsed base {@code URI},
     * falling back to Jsoup for what {@code URI} refuses.
     */
    private static final class LinkResolver {
        private final String base;
        private final String scheme;
        private final String origin;
        private java.net.URI baseUri;

        LinkResolver(String base) {
            this.base = base;
            int colon = base.indexOf("://");
            int slash = colon < 0 ? -1 : base.indexOf('/', colon + 3);
            this.scheme = colon < 0 ? "" : base.substring(0, colon);
            this.origin = colon < 0 ? "" : slash < 0 ? base : base.substring(0, slash);
        }

        /** @return whether {@code h} starts with a URI scheme (RFC 3986 §3.1: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":") */
        private static boolean hasScheme(String h) {
            int colon = h.indexOf(':');
            if (colon <= 0 || !Character.isLetter(h.charAt(0))) {
                return false;
            }
            for (int i = 1; i < colon; i++) {
                char c = h.charAt(i);
                if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.'))) {
                    return false;
                }
            }
            return true;
        }

        /** @return the absolute URL of the element's href, or "" when it has none or cannot be resolved */
        String resolve(Element a) {
            String h = Attrs.get(a, "href").trim();
            if (h.isEmpty() || h.startsWith("#")) {
                return "";
            }
            if (h.regionMatches(true, 0, "http://", 0, 7) || h.regionMatches(true, 0, "https://", 0, 8)) {
                return h;
            }
            if (h.startsWith("//")) {
                return scheme.isEmpty() ? "" : scheme + ":" + h;
            }
            if (h.startsWith("/") && !origin.isEmpty() && h.indexOf('\\') < 0) {
                return origin + h;
            }
            if (hasScheme(h)) {
                return ""; // another scheme: mailto:, javascript:, tel:, data:
            }
            try {
                if (baseUri == null) {
                    baseUri = java.net.URI.create(base);
                }
                return baseUri.resolve(h).toString();
            } catch (IllegalArgumentException e) {
                return a.absUrl("href");
            }
        }
    }

    /** @return the site of {@code url} ({@link newsflow.core.Sites#ofUrl}) */
    public static String site(String url) {
        return newsflow.core.Sites.ofUrl(url);
    }
}
