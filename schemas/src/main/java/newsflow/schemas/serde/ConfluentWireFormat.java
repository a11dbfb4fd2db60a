package newsflow.schemas.serde;

import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;

/**
 * The Confluent wire format for Schema Registry-backed records: byte 0 is the magic byte
 * {@code 0x00}, bytes 1–4 are the schema id as a big-endian signed 32-bit integer, and the rest is
 * the payload (here, Avro binary encoding of the datum, without any container header).
 *
 * <p>Source: Confluent documentation, "Schema Registry — Formats, Serializers and Deserializers —
 * Wire format".
 */
public final class ConfluentWireFormat {
    /** The only magic byte defined so far. */
    public static final byte MAGIC_BYTE = 0x0;
    /** Bytes before the payload: the magic byte and the 4-byte schema id. */
    public static final int HEADER_SIZE = 5;

    private ConfluentWireFormat() {
    }

    /**
     * Reads the schema id from a record value or key in the wire format.
     *
     * @param bytes the serialized record, at least {@value #HEADER_SIZE} bytes
     * @return the schema id
     * @throws SerializationException when the bytes are too short or the magic byte is not 0x00
     */
    public static int schemaId(byte[] bytes) {
        if (bytes == null || bytes.length < HEADER_SIZE) {
            throw new SerializationException("not in the Confluent wire format: "
                    + (bytes == null ? "null" : bytes.length + " bytes") + ", need at least " + HEADER_SIZE);
        }
        if (bytes[0] != MAGIC_BYTE) {
            throw new SerializationException(String.format(
                    "not in the Confluent wire format: magic byte 0x%02x, expected 0x00", bytes[0] & 0xff));
        }
        return ByteBuffer.wrap(bytes, 1, 4).getInt();
    }

    /**
     * @param schemaId the registry's id for the payload's schema
     * @param payload the encoded datum
     * @return magic byte, big-endian id, payload
     */
    public static byte[] frame(int schemaId, byte[] payload) {
        return ByteBuffer.allocate(HEADER_SIZE + payload.length)
                .put(MAGIC_BYTE).putInt(schemaId).put(payload).array();
    }
}
