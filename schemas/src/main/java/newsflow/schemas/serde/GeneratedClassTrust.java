package newsflow.schemas.serde;

import org.apache.avro.specific.AvroGenerated;
import org.apache.avro.util.ClassSecurityValidator;

/**
 * Lets Avro load classes generated from schemas ({@link AvroGenerated}) by name.
 *
 * <p>Since 1.11.4 Avro refuses to load classes by a schema's name unless they are trusted (CVE-2024-47561),
 * and specific readers and writers look generated classes up by name. This adds a predicate trusting
 * exactly the {@code @AvroGenerated} classes to Avro's global validator, keeping whatever it trusted
 * before. Generated classes hold no behaviour a schema could trigger, so trusting them keeps the
 * protection the validator exists for. Idempotent.
 */
public final class GeneratedClassTrust {
    private static boolean installed;

    private GeneratedClassTrust() {
    }

    /** Adds the trust to Avro's global validator; call before copying generated records with enums ({@code newBuilder(other)}). */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        ClassSecurityValidator.ClassSecurityPredicate before = ClassSecurityValidator.getGlobal();
        ClassSecurityValidator.ClassSecurityPredicate generated = c -> c.isAnnotationPresent(AvroGenerated.class);
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(before, generated));
        installed = true;
    }
}
