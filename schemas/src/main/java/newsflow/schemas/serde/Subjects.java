package newsflow.schemas.serde;

/**
 * Subject names by Confluent's TopicNameStrategy: {@code <topic>-key} and {@code <topic>-value}.
 */
public final class Subjects {
    private Subjects() {
    }

    /**
     * @param topic the Kafka topic
     * @param isKey true for the key subject
     * @return {@code topic + "-key"} or {@code topic + "-value"}
     */
    public static String of(String topic, boolean isKey) {
        if (topic == null || topic.isEmpty()) {
            throw new IllegalArgumentException("topic must not be empty");
        }
        return topic + (isKey ? "-key" : "-value");
    }
}
