package newsflow.enrich.topology;

import newsflow.core.ArticleBuilder;
import newsflow.schemas.Topics;
import org.apache.kafka.common.serialization.Serdes;
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

    /** {@link #build(Topics, EnrichStats, String, int)} for a producer with Kafka's default max.request.size. */
    public static Topology build(Topics topics, EnrichStats stats, String pipelineVersion) {
        return build(topics, stats, pipelineVersion, DEFAULT_MAX_RECORD_BYTES);
    }

    /** @return the largest Article record for Streams configs (their producer max.request.size less headroom), bytes */
    public static int maxRecordBytes(java.util.Map<String, ?> streamsConfigs) {
        return Failures.maxRecordBytes(streamsConfigs);
    }

    /** Largest Article record when the producer's max.request.size is Kafka's default (1 MiB), less headroom. */
    public static final int DEFAULT_MAX_RECORD_BYTES = 1_048_576 - 1_024;

    /**
     * @param topics the topics and their serdes
     * @param stats counters this instance updates
     * @param pipelineVersion written into every Article
     * @param maxRecordBytes largest Article record (key and serialized value) sent to news.articles; larger ones
     *     go to the dead-letter topic as key and size
     * @return the topology
     */
    public static Topology build(Topics topics, EnrichStats stats, String pipelineVersion, int maxRecordBytes) {
        ArticleBuilder builder = new ArticleBuilder();
        StreamsBuilder b = new StreamsBuilder();
        b.stream(Topics.PAGES, Consumed.with(topics.pages().keySerde(), topics.pages().valueSerde())
                        .withName("pages"))
                .process(() -> new ArticleProcessor(builder, stats, pipelineVersion,
                        topics.articles().valueSerde().serializer(), maxRecordBytes), Named.as(ARTICLE_STEP))
                .to(Topics.ARTICLES, Produced.with(topics.articles().keySerde(), Serdes.ByteArray()).withName("articles"));
        return b.build();
    }
}
