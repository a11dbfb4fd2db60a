package newsflow.enrich.topology;

import java.time.Instant;
import java.util.List;
import newsflow.core.ArticleBuilder;
import newsflow.core.CleanedPage;
import newsflow.core.Extraction;
import newsflow.enrich.strip.ArticleRecords;
import newsflow.enrich.strip.PageRecords;
import newsflow.schemas.Article;
import newsflow.schemas.CleanPage;
import newsflow.schemas.RemovalCount;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One page in, at most one article out: strips the blocks the cleaner labelled BOILERPLATE (each
 * removal counted by reason in the Article and in {@link EnrichStats}), builds the article with
 * {@code core}'s {@link ArticleBuilder} — the same function as {@code newsflow extract} — and forwards
 * it keyed by article id. A page without an article (an index page, an empty page) is counted by
 * reason and forwards nothing; an exception goes to the processing exception handler (the DLQ).
 */
final class ArticleProcessor implements Processor<String, CleanPage, String, Article> {
    private static final Logger log = LoggerFactory.getLogger(ArticleProcessor.class);

    private final ArticleBuilder builder;
    private final EnrichStats stats;
    private final String pipelineVersion;
    private ProcessorContext<String, Article> context;

    ArticleProcessor(ArticleBuilder builder, EnrichStats stats, String pipelineVersion) {
        this.builder = builder;
        this.stats = stats;
        this.pipelineVersion = pipelineVersion;
    }

    @Override
    public void init(ProcessorContext<String, Article> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, CleanPage> record) {
        CleanPage value = record.value();
        if (value == null) {
            stats.notArticle("tombstone");
            return;
        }
        stats.pages.incrementAndGet();
        CleanedPage page = PageRecords.toPage(value);
        Extraction e = builder.build(List.of(page));
        if (e.article() == null) {
            stats.notArticle(e.rejection());
            log.debug("no article on page url={} reason={}", value.getFinalUrl(), e.rejection());
            return;
        }
        Article a = ArticleRecords.toRecord(e.article(), List.of(page), value.getFetchedAt(),
                Instant.ofEpochMilli(context.currentSystemTimeMs()), pipelineVersion);
        for (var r : a.getBoilerplate().getByReason().entrySet()) {
            RemovalCount c = r.getValue();
            stats.removed(r.getKey(), c.getBlocks());
        }
        stats.articles.incrementAndGet();
        context.forward(record.withKey(a.getId()).withValue(a));
    }
}
