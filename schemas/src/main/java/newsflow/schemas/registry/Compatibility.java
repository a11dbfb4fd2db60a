package newsflow.schemas.registry;

/**
 * Schema compatibility levels of the Confluent Schema Registry API.
 *
 * <p>newsflow's value subjects use {@link #FULL_TRANSITIVE}: producers upgrade before dashboards do,
 * and dashboards replay old data (DESIGN.md, "Evolution").
 */
public enum Compatibility {
    NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE;

    /**
     * @param level a level name as the registry writes it, any case
     * @return the level
     * @throws IllegalArgumentException naming the value and the allowed ones when unknown
     */
    public static Compatibility parse(String level) {
        try {
            return valueOf(level.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown compatibility level '" + level + "', expected one of "
                    + java.util.Arrays.toString(values()), e);
        }
    }
}
