package newsflow.core.language;

/**
 * A language decision.
 *
 * @param code BCP 47 language subtag: ISO 639-1 where one exists ({@code ur}, {@code fa}), else ISO
 *     639-3; {@code und} when undetermined
 * @param confidence the detector's probability for that language, 0..1 (short texts give low values
 *     even when right)
 */
public record LanguageGuess(String code, double confidence) {
    /** The undetermined language. */
    public static final LanguageGuess UNDETERMINED = new LanguageGuess("und", 0);
}
