package newsflow.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsflow.core.CleanedPage;
import newsflow.core.PageInput;
import newsflow.core.clean.PageCleaner;
import newsflow.ingest.discover.SitemapReader;
import newsflow.core.UrlNormalizer;
import newsflow.ingest.fetch.FetchException;
import newsflow.ingest.fetch.FetchResult;
import newsflow.ingest.fetch.HttpFetcher;
import newsflow.ingest.frontier.SeenUrls;
import newsflow.ingest.politeness.HostPoliteness;
import newsflow.ingest.publish.CleanPages;
import newsflow.ingest.robots.RobotsPolicy;
import newsflow.schemas.CleanPage;
import newsflow.schemas.CrawlRequest;
import newsflow.schemas.CrawlSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the crawler does with one frontier record, without Kafka: robots.txt (and, on first contact
 * with an origin, the sitemaps it names), politeness, fetch, then either a sitemap or feed read into
 * new frontier entries, or the per-page path of {@code core} into a {@link CleanPage} plus the page's
 * same-site links. Failures that belong to the page (a body that cannot be decoded as the HTML it
 * claims to be, a cleaner exception) become dead letters with their context; network failures and
 * error statuses are counted and logged. Not thread-safe: one per crawler thread.
 */
public final class CrawlStep {
    private static final Logger log = LoggerFactory.getLogger(CrawlStep.class);

    /** What one frontier record produced. */
    public sealed interface Output permits PageOut, LinkOut, DeadLetterOut {
    }

    /** A page for news.pages, keyed by site. */
    public record PageOut(String site, CleanPage page) implements Output {
    }

    /** A URL for news.frontier, keyed by site. */
    public record LinkOut(String site, CrawlRequest request) implements Output {
    }

    /**
     * A failure for news.dlq.
     *
     * @param url the page URL
     * @param body the original bytes (the response body), or null
     * @param error exception class name or error kind
     * @param message one line
     * @param stage {@code ingest.decode}, {@code ingest.clean}
     */
    public record DeadLetterOut(String url, byte[] body, String error, String message, String stage) implements Output {
    }

    static {
        newsflow.schemas.serde.GeneratedClassTrust.install(); // copies of CrawlRequest (retries) hold enums
    }

    private final IngestConfig config;
    private final HttpFetcher fetcher;
    private final RobotsPolicy robots;
    private final HostPoliteness politeness;
    private final PageCleaner cleaner;
    private final SeenUrls seen;
    private final SeenUrls fetched;
    private final UrlNormalizer normalizer = new UrlNormalizer();
    private final SitemapReader sitemaps = new SitemapReader();
    private final CrawlStats stats;
    private final Map<String, Integer> fetchesBySite = new HashMap<>();

    public CrawlStep(IngestConfig config, HttpFetcher fetcher, RobotsPolicy robots, HostPoliteness politeness,
            PageCleaner cleaner, SeenUrls seen, CrawlStats stats) {
        this.config = config;
        this.fetcher = fetcher;
        this.robots = robots;
        this.politeness = politeness;
        this.cleaner = cleaner;
        this.seen = seen;
        this.fetched = new SeenUrls(config.getInt(IngestConfig.SEEN_URLS_MAX));
        this.stats = stats;
    }

    /**
     * @param seedUrl a URL given by the user
     * @param now discovery time
     * @return its frontier record (source SEED, depth 0), or empty when it is not an http(s) URL
     */
    public Optional<CrawlRequest> seed(String seedUrl, Instant now) {
        return request(seedUrl, 0, null, CrawlSource.SEED, null, now);
    }

    /**
     * The outcome of one frontier record: what to produce, and the URLs it marks as seen and fetched.
     * The marks take effect only through {@link #commit()}, called once the outputs are committed to
     * Kafka, so a record retried after a failed transaction is processed again, not skipped as a
     * duplicate.
     */
    public final class Result {
        private final List<Output> outputs;
        private final Set<String> newlySeen;
        private final List<String> fetchedUrls;

        private Result(List<Output> outputs, Set<String> newlySeen, String fetchedUrl) {
            this(outputs, newlySeen, fetchedUrl == null ? List.of() : List.of(fetchedUrl));
        }

        private Result(List<Output> outputs, Set<String> newlySeen, List<String> fetchedUrls) {
            this.outputs = List.copyOf(outputs);
            this.newlySeen = newlySeen;
            this.fetchedUrls = List.copyOf(fetchedUrls);
        }

        /** @return the records to produce, in order, in one transaction with the frontier offset */
        public List<Output> outputs() {
            return outputs;
        }

        /** Records the URLs this result saw and fetched; call after its outputs are committed. */
        public void commit() {
            newlySeen.forEach(seen::add);
            fetchedUrls.forEach(fetched::add);
        }
    }

    /**
     * @param r the frontier record
     * @return what to produce and, to {@link Result#commit()} after producing it, the URLs it marks
     * @throws InterruptedException when interrupted while waiting for politeness or a response
     */
    public Result process(CrawlRequest r) throws InterruptedException {
        List<Output> out = new ArrayList<>();
        Set<String> newlySeen = new LinkedHashSet<>();
        String url = r.getUrl();
        newlySeen.add(url);
        if (fetched.contains(url)) {
            stats.duplicates.incrementAndGet();
            return new Result(out, newlySeen, (String) null);
        }
        java.util.function.Predicate<CrawlRequest> fresh = c -> c.getSite().equals(r.getSite())
                && !seen.contains(c.getUrl()) && newlySeen.add(c.getUrl());
        boolean firstContact = !robots.isCached(url);
        if (firstContact) {
            politeness.acquire(r.getHost(), politeness.delayFor(-1));
        }
        RobotsPolicy.Rules rules = robots.rulesFor(url);
        if (firstContact) {
            stats.fetched.incrementAndGet();
            for (String sm : rules.sitemaps()) {
                request(sm, 0, RobotsPolicy.origin(url) + "/robots.txt", CrawlSource.SITEMAP, null, Instant.now())
                        .filter(fresh).ifPresent(c -> out.add(link(c)));
            }
        }
        if (rules.status() < 0 || rules.status() >= 500) {
            return retryOrGiveUp(r, "robots.txt unreachable (status " + rules.status() + ")", out, newlySeen);
        }
        if (!rules.allows(url)) {
            stats.robotsDisallowed.incrementAndGet();
            log.info("robots.txt disallows url={}", url);
            return new Result(out, newlySeen, url);
        }
        int n = fetchesBySite.merge(r.getSite(), 1, Integer::sum);
        if (n > config.getInt(IngestConfig.MAX_PAGES_PER_SITE)) {
            log.debug("site budget spent, not fetched: url={}", url);
            return new Result(out, newlySeen, (String) null);
        }
        politeness.acquire(r.getHost(), politeness.delayFor(rules.crawlDelayMs()));
        FetchResult f;
        try {
            f = fetcher.fetch(url, this::checkHop);
        } catch (FetchException e) {
            if (e.isRefused()) {
                log.info("not fetched: url={} reason={}", url, e.getMessage());
                return new Result(out, newlySeen, url);
            }
            stats.fetchErrors.incrementAndGet();
            return retryOrGiveUp(r, e.getMessage(), out, newlySeen);
        }
        stats.fetched.incrementAndGet();
        stats.status(f.status());
        if (f.status() >= 500 || f.status() == 429 || f.status() == 408) {
            return retryOrGiveUp(r, "HTTP status " + f.status(), out, newlySeen);
        }
        if (f.status() < 200 || f.status() >= 300) {
            log.info("not fetched as a page: url={} status={}", url, f.status());
            return new Result(out, newlySeen, url);
        }
        String contentType = f.head().contentType().orElse(null);
        List<String> fetchedUrls = new ArrayList<>(List.of(url));
        // the page a redirect led to counts as fetched too: a link to it elsewhere is not fetched again
        normalizer.normalize(f.finalUrl()).filter(u -> !u.equals(url)).ifPresent(u -> {
            fetchedUrls.add(u);
            newlySeen.add(u);
        });
        if (SitemapReader.isSitemapOrFeed(f.finalUrl(), contentType, f.body())) {
            readSitemap(r, f, contentType, out, fresh);
        } else {
            page(r, f, contentType, out, fresh, newlySeen, fetchedUrls);
        }
        return new Result(out, newlySeen, fetchedUrls);
    }

    /** robots.txt and politeness for a redirect target, before the fetcher follows it. */
    private String checkHop(String hop) throws InterruptedException {
        Optional<String> host = UrlNormalizer.host(hop);
        if (host.isEmpty() || !(hop.startsWith("http://") || hop.startsWith("https://"))) {
            return "not an http(s) URL";
        }
        RobotsPolicy.Rules rules = robots.rulesFor(hop);
        if (!rules.allows(hop)) {
            stats.robotsDisallowed.incrementAndGet();
            return "robots.txt disallows it";
        }
        politeness.acquire(host.get(), politeness.delayFor(rules.crawlDelayMs()));
        return null;
    }

    /** A transient failure: the same request goes back on the frontier with one more attempt, up to the limit. */
    private Result retryOrGiveUp(CrawlRequest r, String why, List<Output> out, Set<String> newlySeen) {
        int max = config.getInt(IngestConfig.MAX_ATTEMPTS);
        if (r.getAttempt() + 1 < max) {
            log.warn("transient failure, retried later: url={} attempt={} error={}", r.getUrl(), r.getAttempt() + 1, why);
            out.add(new LinkOut(r.getSite(), CrawlRequest.newBuilder(r).setAttempt(r.getAttempt() + 1).build()));
            return new Result(out, newlySeen, (String) null);
        }
        stats.gaveUp.incrementAndGet();
        log.warn("gave up after {} attempts: url={} error={}", max, r.getUrl(), why);
        return new Result(out, newlySeen, r.getUrl());
    }

    /** Pages of one article a crawler follows through {@code rel=next} at most, the first included. */
    static final int MAX_ARTICLE_PAGES = 10;

    /**
     * An article split over several pages ({@code rel=next}, same site): the following pages are fetched now,
     * with robots.txt and politeness, and their blocks appended to the first page's, so the topology sees one
     * page and builds one article (pager text is labelled by the cleaner). The pages followed are marked
     * seen and fetched, so links to them are not crawled as articles of their own. A page that cannot be
     * fetched or read ends the chain; what was gathered is kept.
     *
     * @return {@code first}, or a page with the blocks and links of the whole chain
     */
    private CleanedPage followNextPages(CleanedPage first, Set<String> newlySeen, List<String> fetchedUrls)
            throws InterruptedException {
        List<CleanedPage> chain = new ArrayList<>(List.of(first));
        String next = first.metadata().nextPageUrl();
        while (next != null && chain.size() < MAX_ARTICLE_PAGES) {
            Optional<String> n = normalizer.normalize(next);
            if (n.isEmpty() || fetchedUrls.contains(n.get()) || fetched.contains(n.get()) || checkHop(n.get()) != null) {
                break;
            }
            FetchResult f;
            try {
                f = fetcher.fetch(n.get(), this::checkHop);
            } catch (FetchException e) {
                log.info("next page not fetched, article kept as far as it goes: url={} error={}", n.get(), e.getMessage());
                break;
            }
            stats.fetched.incrementAndGet();
            stats.status(f.status());
            newlySeen.add(n.get());
            fetchedUrls.add(n.get());
            if (f.status() < 200 || f.status() >= 300) {
                break;
            }
            PageCleaner.Result c;
            try {
                c = cleaner.clean(new PageInput(f.finalUrl(), f.head(), f.body(), f.fetchedAt()));
            } catch (RuntimeException e) {
                log.warn("cleaning a next page failed, article kept as far as it goes: url={} error={}", f.finalUrl(), e.toString());
                break;
            }
            if (c.page() == null || c.rejection() != null) {
                break;
            }
            chain.add(c.page());
            next = c.page().metadata().nextPageUrl();
        }
        if (chain.size() == 1) {
            return first;
        }
        List<newsflow.core.clean.Block> blocks = new ArrayList<>();
        Set<String> linkUrls = new java.util.HashSet<>();
        List<CleanedPage.Outlink> links = new ArrayList<>();
        for (CleanedPage p : chain) {
            for (newsflow.core.clean.Block b : p.blocks()) {
                blocks.add(new newsflow.core.clean.Block(b.text(), b.kind(), b.tagPath(), b.inMainContainer(), b.linkDensity(),
                        b.linkCount(), blocks.size(), b.label(), b.score(), b.reason()));
            }
            for (CleanedPage.Outlink o : p.outlinks()) {
                if (linkUrls.add(o.url())) {
                    links.add(o);
                }
            }
        }
        log.info("article over {} pages joined: url={}", chain.size(), first.url());
        return new CleanedPage(first.url(), first.site(), first.httpStatus(), first.contentType(), first.charset(),
                first.charsetSource(), first.metadata(), blocks, links);
    }

    private void readSitemap(CrawlRequest r, FetchResult f, String contentType, List<Output> out,
            java.util.function.Predicate<CrawlRequest> fresh) {
        Optional<List<SitemapReader.Entry>> entries = sitemaps.read(f.finalUrl(), contentType, f.body());
        if (entries.isEmpty()) {
            stats.notHtml.incrementAndGet();
            log.info("XML that is neither a sitemap nor a feed: url={}", f.finalUrl());
            return;
        }
        stats.sitemaps.incrementAndGet();
        for (SitemapReader.Entry e : entries.get()) {
            Long lastMod = e.lastModified() == null ? null : e.lastModified().toEpochMilli();
            request(e.url(), 0, f.finalUrl(), SitemapReader.isFeed(contentType, f.body()) ? CrawlSource.FEED : CrawlSource.SITEMAP,
                    lastMod, Instant.now())
                    .filter(fresh)
                    .ifPresent(c -> out.add(link(c)));
        }
    }

    private void page(CrawlRequest r, FetchResult f, String contentType, List<Output> out,
            java.util.function.Predicate<CrawlRequest> fresh, Set<String> newlySeen, List<String> fetchedUrls)
            throws InterruptedException {
        PageCleaner.Result cleaned;
        try {
            cleaned = cleaner.clean(new PageInput(f.finalUrl(), f.head(), f.body(), f.fetchedAt()));
        } catch (RuntimeException e) {
            log.warn("cleaning failed url={} error={}", f.finalUrl(), e.toString());
            out.add(new DeadLetterOut(f.finalUrl(), f.body(), e.getClass().getName(), String.valueOf(e.getMessage()),
                    "ingest.clean"));
            return;
        }
        if (cleaned.page() == null) {
            String mediaType = f.head().mediaType().orElse("");
            if (mediaType.isEmpty() || mediaType.contains("html")) {
                log.warn("page cannot be decoded as HTML: url={} contentType={} reason={}", f.finalUrl(), contentType,
                        cleaned.rejection());
                out.add(new DeadLetterOut(f.finalUrl(), f.body(), "undecodable-page",
                        cleaned.rejection() + " (Content-Type " + contentType + ")", "ingest.decode"));
            } else {
                stats.notHtml.incrementAndGet();
                log.debug("not HTML: url={} contentType={}", f.finalUrl(), contentType);
            }
            return;
        }
        String site = UrlNormalizer.host(f.finalUrl()).map(UrlNormalizer::site).orElse(r.getSite());
        CleanedPage page = followNextPages(cleaned.page(), newlySeen, fetchedUrls);
        out.add(new PageOut(site, CleanPages.toRecord(f, page, site)));
        if (r.getDepth() >= config.getInt(IngestConfig.MAX_DEPTH)) {
            return;
        }
        for (CleanedPage.Outlink o : page.outlinks()) {
            if (UrlNormalizer.looksLikeNonPage(o.url())) {
                continue;
            }
            request(o.url(), r.getDepth() + 1, f.finalUrl(), CrawlSource.LINK, null, Instant.now())
                    .filter(fresh)
                    .ifPresent(c -> out.add(link(c)));
        }
    }

    private LinkOut link(CrawlRequest c) {
        stats.enqueued.incrementAndGet();
        return new LinkOut(c.getSite(), c);
    }

    private Optional<CrawlRequest> request(String rawUrl, int depth, String from, CrawlSource source, Long lastModified,
            Instant now) {
        Optional<String> url = normalizer.normalize(rawUrl);
        if (url.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> host = UrlNormalizer.host(url.get());
        if (host.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(CrawlRequest.newBuilder()
                .setUrl(url.get())
                .setSite(UrlNormalizer.site(host.get()))
                .setHost(host.get())
                .setDepth(depth)
                .setDiscoveredFrom(from)
                .setDiscoveredAt(now)
                .setSource(source)
                .setPriority(0)
                .setLastModified(lastModified == null ? null : Instant.ofEpochMilli(lastModified))
                .setEtag(null)
                .build());
    }
}
