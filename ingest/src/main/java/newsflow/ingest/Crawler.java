package newsflow.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import newsflow.core.clean.PageCleaner;
import newsflow.ingest.fetch.HostOverrides;
import newsflow.ingest.fetch.HttpFetcher;
import newsflow.ingest.frontier.SeenUrls;
import newsflow.ingest.politeness.HostPoliteness;
import newsflow.ingest.robots.RobotsPolicy;
import newsflow.schemas.DeadLetterHeaders;
import newsflow.schemas.Topics;
import newsflow.schemas.CrawlRequest;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidPidMappingException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One crawler instance: consumes {@code news.frontier} in its consumer group and, for each record, in
 * one Kafka transaction with the record's offset (exactly-once consume-transform-produce, KIP-447),
 * produces the page to {@code news.pages}, the links it discovered to {@code news.frontier} and any
 * dead letters to {@code news.dlq}. More instances with the same group share the sites (the frontier is
 * keyed by site). Run it on its own thread with {@link #run()}; {@link #close()} stops it.
 *
 * <p>A record whose outputs cannot be produced because of the registry or the broker (a transient
 * failure) is retried from its offset after a back-off, and processed again: the URLs it saw count as
 * seen only once its transaction is committed. A page that cannot be decoded, a frontier record that
 * cannot be read, a record too large for the topic, or an unforeseen exception while processing one
 * URL becomes a dead letter, never a stuck crawler. Errors that make the producer unusable (fenced by a
 * newer instance, authorization) stop {@link #run()} with {@link #failure()} set.
 */
public final class Crawler implements Runnable, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Crawler.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration RETRY_BACKOFF = Duration.ofSeconds(1);

    private final IngestConfig config;
    private final Topics topics;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final KafkaProducer<byte[], byte[]> producer;
    private final CrawlStep step;
    private final CrawlStats stats = new CrawlStats();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private volatile boolean idle;
    private volatile Throwable failure;

    /**
     * @param config crawler settings
     * @param kafka Kafka client settings shared by the consumer and producer ({@code bootstrap.servers}, security)
     * @param topics the topics and their serdes
     */
    public Crawler(IngestConfig config, Map<String, Object> kafka, Topics topics) {
        this.config = config;
        this.topics = topics;
        Map<String, Object> c = new HashMap<>(kafka);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, config.getString(IngestConfig.GROUP_ID));
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // one record per poll: a record may wait for politeness and fetch for up to a minute or more
        c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
        // below connections.max.idle.ms (9 min), far above what one record takes (politeness + deadlines)
        c.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, 500_000);
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        this.consumer = new KafkaConsumer<>(c);
        Map<String, Object> p = new HashMap<>(kafka);
        String txId = config.getString(IngestConfig.TRANSACTIONAL_ID);
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, txId.isEmpty() ? "newsflow-ingest-" + UUID.randomUUID() : txId);
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        this.producer = new KafkaProducer<>(p);
        HttpFetcher fetcher = new HttpFetcher(config.getString(IngestConfig.USER_AGENT), config.fetchTimeout(),
                config.getInt(IngestConfig.MAX_BODY_BYTES), config.getInt(IngestConfig.MAX_REDIRECTS),
                HostOverrides.parse(config.getList(IngestConfig.HOST_OVERRIDES)),
                config.getBoolean(IngestConfig.ALLOW_PRIVATE_ADDRESSES));
        RobotsPolicy robots = new RobotsPolicy(fetcher, config.getString(IngestConfig.ROBOTS_AGENT),
                Duration.ofMillis(config.getLong(IngestConfig.ROBOTS_TTL_MS)), System::nanoTime);
        HostPoliteness politeness = new HostPoliteness(config.getLong(IngestConfig.DEFAULT_DELAY_MS),
                config.getLong(IngestConfig.MAX_CRAWL_DELAY_MS), System::nanoTime, Thread::sleep);
        this.step = new CrawlStep(config, fetcher, robots, politeness, new PageCleaner(),
                new SeenUrls(config.getInt(IngestConfig.SEEN_URLS_MAX)), stats);
    }

    /** @return what this instance did so far */
    public CrawlStats stats() {
        return stats;
    }

    /**
     * @return true when the last poll returned nothing, partitions are assigned, and every assigned
     *     partition is read up to its last stable offset: this instance has no frontier work left
     */
    public boolean isIdle() {
        return idle;
    }

    /** @return the error that stopped {@link #run()}, or null */
    public Throwable failure() {
        return failure;
    }

    /**
     * Puts seed URLs on the frontier (source SEED, depth 0), in one transaction.
     *
     * @param urls absolute http(s) URLs; others are logged and skipped
     * @return how many were enqueued
     */
    public int enqueueSeeds(Collection<String> urls) {
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (String u : urls) {
            var req = step.seed(u, Instant.now());
            if (req.isEmpty()) {
                log.warn("seed is not an absolute http(s) URL, skipped: {}", u);
                continue;
            }
            records.add(frontierRecord(req.get().getSite(), req.get()));
        }
        synchronized (producer) {
            initTransactions();
            producer.beginTransaction();
            try {
                records.forEach(producer::send);
                commit();
            } catch (ProducerFencedException | OutOfOrderSequenceException | AuthorizationException e) {
                throw e;
            } catch (KafkaException e) {
                producer.abortTransaction();
                throw e;
            }
        }
        return records.size();
    }

    private boolean initialized;

    private void initTransactions() {
        if (!initialized) {
            producer.initTransactions();
            initialized = true;
        }
    }

    /** Consumes the frontier until {@link #close()}; a fatal error is logged and kept in {@link #failure()}. */
    @Override
    public void run() {
        try {
            synchronized (producer) {
                initTransactions();
            }
            consumer.subscribe(List.of(Topics.FRONTIER), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    idle = false;
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    idle = false;
                }
            });
            while (running.get()) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
                if (records.isEmpty()) {
                    idle = caughtUp();
                    continue;
                }
                idle = false;
                for (TopicPartition tp : records.partitions()) {
                    List<ConsumerRecord<byte[], byte[]>> list = records.records(tp);
                    for (int i = 0; i < list.size() && running.get(); i++) {
                        boolean last = i == list.size() - 1;
                        if (!handle(tp, list.get(i), last)) {
                            break; // sought back to this record; poll again
                        }
                    }
                }
            }
        } catch (WakeupException | InterruptException e) {
            if (running.get()) {
                failure = e;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
            log.error("crawler stopped", e);
        } finally {
            idle = false;
            consumer.close(Duration.ofSeconds(5));
            producer.close(Duration.ofSeconds(5));
        }
    }

    private boolean caughtUp() {
        var assignment = consumer.assignment();
        if (assignment.isEmpty()) {
            return false;
        }
        Map<TopicPartition, Long> end = consumer.endOffsets(assignment);
        for (TopicPartition tp : assignment) {
            if (consumer.position(tp) < end.getOrDefault(tp, 0L)) {
                return false;
            }
        }
        return true;
    }

    /** @return false when the record must be retried (the consumer was sought back to it) */
    private boolean handle(TopicPartition tp, ConsumerRecord<byte[], byte[]> rec, boolean lastOfPartition)
            throws InterruptedException {
        List<ProducerRecord<byte[], byte[]>> out = new ArrayList<>();
        CrawlStep.Result result = null;
        try {
            CrawlRequest req = null;
            try {
                req = topics.frontier().valueSerde().deserializer().deserialize(tp.topic(), rec.headers(), rec.value());
            } catch (SerializationException e) {
                if (newsflow.schemas.registry.SchemaRegistryException.isTransient(e)) {
                    return retryLater(tp, rec, e);
                }
                out.add(deadLetter(rec.key(), rec.value(), e.getClass().getName(), e.getMessage(), "ingest.deserialize",
                        null, tp, rec));
            }
            if (req != null) {
                try {
                    result = step.process(req);
                    for (CrawlStep.Output o : result.outputs()) {
                        out.add(toRecord(o, tp, rec));
                    }
                } catch (SerializationException e) {
                    if (newsflow.schemas.registry.SchemaRegistryException.isTransient(e)) {
                        return retryLater(tp, rec, e);
                    }
                    throw e;
                } catch (RuntimeException e) {
                    // a bug or a page nobody foresaw: the record goes to the dead-letter topic, the crawler goes on
                    log.error("processing failed, frontier record to the dead-letter topic: topic={} partition={} offset={} url={}",
                            tp.topic(), tp.partition(), rec.offset(), req.getUrl(), e);
                    result = null;
                    out.clear();
                    out.add(deadLetter(rec.key(), rec.value(), e.getClass().getName(), String.valueOf(e.getMessage()),
                            "ingest.process", req.getUrl(), tp, rec));
                }
            }
        } catch (SerializationException e) {
            out.clear();
            out.add(deadLetter(rec.key(), rec.value(), e.getClass().getName(), e.getMessage(), "ingest.serialize", null, tp, rec));
        }
        long next = lastOfPartition ? consumer.position(tp) : rec.offset() + 1;
        boolean inTransaction = false;
        try {
            synchronized (producer) {
                producer.beginTransaction();
                inTransaction = true;
                for (ProducerRecord<byte[], byte[]> r : out) {
                    producer.send(r);
                }
                producer.sendOffsetsToTransaction(Map.of(tp, new OffsetAndMetadata(next)), consumer.groupMetadata());
                commit();
                inTransaction = false;
            }
        } catch (ProducerFencedException | OutOfOrderSequenceException | AuthorizationException
                | UnsupportedVersionException | InvalidPidMappingException e) {
            throw e; // fatal for this producer: run() stops and reports it
        } catch (KafkaException e) {
            if (inTransaction) {
                synchronized (producer) {
                    producer.abortTransaction(); // throws when the producer is in a fatal state: run() stops
                }
            }
            return retryLater(tp, rec, e);
        }
        if (result != null) {
            result.commit();
        }
        for (ProducerRecord<byte[], byte[]> r : out) {
            if (Topics.PAGES.equals(r.topic())) {
                stats.pages.incrementAndGet();
            } else if (Topics.DLQ.equals(r.topic())) {
                stats.deadLettered.incrementAndGet();
            }
        }
        return true;
    }

    /** Commits, retrying a commit that timed out (KafkaProducer requires the retry before anything else). */
    private void commit() {
        for (int i = 0; ; i++) {
            try {
                producer.commitTransaction();
                return;
            } catch (org.apache.kafka.common.errors.TimeoutException e) {
                if (i >= 5) {
                    throw e;
                }
                log.warn("transaction commit timed out, retrying: {}", e.getMessage());
            }
        }
    }

    private boolean retryLater(TopicPartition tp, ConsumerRecord<?, ?> rec, Exception e) throws InterruptedException {
        log.warn("cannot produce now, retrying from the record: topic={} partition={} offset={} error={}",
                tp.topic(), tp.partition(), rec.offset(), e.toString());
        consumer.seek(tp, rec.offset());
        Thread.sleep(RETRY_BACKOFF.toMillis());
        return false;
    }

    private ProducerRecord<byte[], byte[]> deadLetter(byte[] key, byte[] value, String error, String message, String stage,
            String url, TopicPartition tp, ConsumerRecord<?, ?> rec) {
        return DeadLetterHeaders.fit(DeadLetterHeaders.record(key, value, error, message, stage, url, tp.topic(),
                tp.partition(), rec.offset()), config.getInt(IngestConfig.MAX_RECORD_BYTES));
    }

    private ProducerRecord<byte[], byte[]> toRecord(CrawlStep.Output o, TopicPartition tp, ConsumerRecord<byte[], byte[]> rec) {
        if (o instanceof CrawlStep.PageOut p) {
            byte[] value = topics.pages().valueSerde().serializer().serialize(Topics.PAGES, p.page());
            byte[] key = key(p.site());
            int max = config.getInt(IngestConfig.MAX_RECORD_BYTES);
            if (value.length + key.length > max) {
                log.warn("page too large for news.pages, key and size to the dead-letter topic: url={} bytes={}",
                        p.page().getUrl(), value.length);
                ProducerRecord<byte[], byte[]> d = deadLetter(key, null, "record-too-large", "page record of "
                        + value.length + " bytes exceeds " + IngestConfig.MAX_RECORD_BYTES + "=" + max, "ingest.produce",
                        p.page().getUrl(), tp, rec);
                d.headers().add(DeadLetterHeaders.VALUE_BYTES, Integer.toString(value.length).getBytes(StandardCharsets.UTF_8));
                return d;
            }
            return new ProducerRecord<>(Topics.PAGES, key, value);
        }
        if (o instanceof CrawlStep.LinkOut l) {
            return frontierRecord(l.site(), l.request());
        }
        CrawlStep.DeadLetterOut d = (CrawlStep.DeadLetterOut) o;
        return deadLetter(rec.key(), d.body(), d.error(), d.message(), d.stage(), d.url(), tp, rec);
    }

    private ProducerRecord<byte[], byte[]> frontierRecord(String site, CrawlRequest req) {
        return new ProducerRecord<>(Topics.FRONTIER, key(site),
                topics.frontier().valueSerde().serializer().serialize(Topics.FRONTIER, req));
    }

    private static byte[] key(String site) {
        return new StringSerializer().serialize(null, site);
    }

    /** Stops {@link #run()} (from any thread) and waits for nothing; the loop closes its clients. */
    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
    }

}
