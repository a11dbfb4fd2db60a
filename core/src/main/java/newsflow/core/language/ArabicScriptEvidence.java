package newsflow.core.language;

import java.util.Map;

/**
 * Orthographic evidence that tells Arabic, Persian and Urdu apart where a character n-gram model hesitates
 * (short texts, shared vocabulary): Arabic writes yeh and kaf as {@code ي ك} and uses teh marbuta
 * {@code ة} and alef maksura {@code ى}; Persian and Urdu write {@code ی ک}; Urdu alone has
 * {@code ٹ ڈ ڑ ں ے ہ ھ}. When one side clearly dominates, the model's probabilities for the languages
 * the spelling rules out are scaled down (not removed: a quotation in another language stays possible).
 */
final class ArabicScriptEvidence {
    /** Scale for a language the spelling rules out. */
    static final double RULED_OUT = 0.1;
    /** Letters of one side needed, at least, before it counts. */
    static final int MIN_LETTERS = 3;
    /** One side must outnumber the other this many times. */
    static final int DOMINANCE = 3;
    /** Arabic-script letters in a text long enough for the absence of Urdu letters to mean Persian. */
    static final int LONG_TEXT_LETTERS = 60;

    private ArabicScriptEvidence() {
    }

    /** Scales {@code byCode} (ISO 639-1 codes to probabilities) in place by the spelling of {@code text}. */
    static void apply(String text, Map<String, Double> byCode) {
        int arabic = 0;
        int persoUrdu = 0;
        int urdu = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '\u0600' || c > '\u06FF') {
                continue;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
            switch (c) {
                case '\u064A', '\u0643', '\u0629', '\u0649' -> arabic++;
                case '\u06CC', '\u06A9' -> persoUrdu++;
                case '\u0679', '\u0688', '\u0691', '\u06BA', '\u06D2', '\u06C1', '\u06BE' -> urdu++;
                default -> {
                }
            }
        }
        if (arabic >= MIN_LETTERS && arabic > DOMINANCE * persoUrdu) {
            scale(byCode, "fa");
            scale(byCode, "ur");
        } else if (persoUrdu >= MIN_LETTERS && persoUrdu > DOMINANCE * arabic) {
            scale(byCode, "ar");
            if (urdu >= MIN_LETTERS) {
                scale(byCode, "fa");
            } else if (urdu == 0 && letters >= LONG_TEXT_LETTERS) {
                scale(byCode, "ur");
            }
        }
    }

    private static void scale(Map<String, Double> byCode, String code) {
        byCode.computeIfPresent(code, (k, v) -> v * RULED_OUT);
    }
}
