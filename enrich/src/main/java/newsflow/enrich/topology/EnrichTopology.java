package newsflow.enrich.topology;

import newsflow.core.ArticleBuilder;
import newsflow.schemas.Topics;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The enrich topology, {@code news.pages} → {@code news.articles} (DESIGN.md, "Data flow"): a pure
 * function of its serdes, used by the application and by the tests alike. No repartition: pages are
 * keyed by site, articles by id.
 */
public final class EnrichTopology {
    /** Processor name of the article step, as it appears in metrics and {@code Topology#describe()}. */
    public static final String ARTICLE_STEP = "build-article";

    private EnrichTopology() {
    }

    /**
     * @param topics the topics and their serdes
     * @param stats counters this instance updates
     * @param pipelineVersion written into every Article
     * @return the topology
     */
    public static Topology build(Topics topics, EnrichStats stats, String pipelineVersion) {
        ArticleBuilder builder = new ArticleBuilder();
        StreamsBuilder b = new StreamsBuilder();
        b.stream(Topics.PAGES, Consumed.with(topics.pages().keySerde(), topics.pages().valueSerde())
                        .withName("pages"))
                .process(() -> new ArticleProcessor(builder, stats, pipelineVersion), Named.as(ARTICLE_STEP))
                .to(Topics.ARTICLES, Produced.with(topics.articles().keySerde(), topics.articles().valueSerde())
                        .withName("articles"));
        return b.build();
    }
}
