package newsflow.schemas;

import java.util.Map;
import org.apache.kafka.common.serialization.Serde;

/**
 * A topic newsflow reads or writes: its name, the serdes of its keys and values, and the topic-level
 * configs newsflow creates it with (e.g. {@code cleanup.policy=compact}).
 *
 * @param name the topic name, e.g. {@code news.articles}
 * @param keySerde serde of the record keys
 * @param valueSerde serde of the record values
 * @param configs topic configs to create the topic with; immutable
 * @param <K> key type
 * @param <V> value type
 */
public record TopicSpec<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, Map<String, String> configs) {
    public TopicSpec {
        configs = Map.copyOf(configs);
    }
}
