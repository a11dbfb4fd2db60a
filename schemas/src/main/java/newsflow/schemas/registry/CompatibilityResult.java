package newsflow.schemas.registry;

import java.util.List;

/**
 * The registry's answer to a compatibility check
 * ({@code POST /compatibility/subjects/{subject}/versions/latest}).
 *
 * @param compatible whether the schema may be registered under the subject's compatibility level
 * @param messages the registry's reasons when not compatible; empty when it gives none
 */
public record CompatibilityResult(boolean compatible, List<String> messages) {
    public CompatibilityResult {
        messages = List.copyOf(messages);
    }
}
