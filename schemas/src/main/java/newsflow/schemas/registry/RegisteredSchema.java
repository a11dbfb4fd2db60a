package newsflow.schemas.registry;

import org.apache.avro.Schema;

/**
 * A schema as registered under a subject.
 *
 * @param subject the subject name, e.g. {@code news.articles-value}
 * @param id the registry-wide schema id (the 4 bytes after the magic byte in the wire format)
 * @param version the schema's version within the subject, from 1
 * @param schema the parsed Avro schema
 */
public record RegisteredSchema(String subject, int id, int version, Schema schema) {
}
