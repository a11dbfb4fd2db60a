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
import newsflow.schemas.Topics;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One page in, at most one article out: strips the blocks the cleaner labelled BOILERPLATE (each
 * removal counted by reason in the Article and in {@link EnrichStats}), builds the article with
 * {@code core}'s {@link ArticleBuilder} — the same function as {@code newsflow extract} — serializes it
 * (Confluent wire format, through the registry) and forwards the bytes keyed by article id. An article
 * larger than the producer may send is thrown as {@link ArticleTooLargeException} before it reaches
 * the producer, so its dead letter is written in a healthy transaction. A page without an article (an index page, an empty page) is counted by
 * reason and forwards nothing; an exception goes to the processing exception handler (the DLQ).
 */
final class ArticleProcessor implements Processor<String, CleanPage, String, byte[]> {
    private static final Logger log = LoggerFactory.getLogger(ArticleProcessor.class);

    private final ArticleBuilder builder;
    private final EnrichStats stats;
    private final String pipelineVersion;
    private final Serializer<Article> serializer;
    private final int maxRecordBytes;
    private ProcessorContext<String, byte[]> context;

    ArticleProcessor(ArticleBuilder builder, EnrichStats stats, String pipelineVersion, Serializer<Article> serializer,
            int maxRecordBytes) {
        this.builder = builder;
        this.stats = stats;
        this.pipelineVersion = pipelineVersion;
        this.serializer = serializer;
        this.maxRecordBytes = maxRecordBytes;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
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
        byte[] bytes = serializer.serialize(Topics.ARTICLES, a);
        int size = bytes.length + a.getId().length();
        if (size > maxRecordBytes) {
            throw new ArticleTooLargeException(a.getId(), size, maxRecordBytes);
        }
        stats.articles.incrementAndGet();
        context.forward(record.withKey(a.getId()).withValue(bytes));
    }
}
