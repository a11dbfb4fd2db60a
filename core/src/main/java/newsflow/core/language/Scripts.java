package newsflow.core.language;

import com.ibm.icu.lang.UScript;
import java.util.HashMap;
import java.util.Map;

/** Script (ISO 15924) and base direction of a text, from its characters (Unicode UAX #9 classes). */
public final class Scripts {
    private Scripts() {
    }

    /** @return the ISO 15924 code of the script most letters belong to ({@code Arab}, {@code Latn}); {@code Zyyy} if none */
    public static String dominantScript(String text) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            int script = UScript.getScript(cp);
            if (script != UScript.COMMON && script != UScript.INHERITED && script != UScript.UNKNOWN) {
                counts.merge(script, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> UScript.getShortName(e.getKey())).orElse("Zyyy");
    }

    /**
     * @return true when strong right-to-left characters (bidi classes R and AL: Arabic, Hebrew,
     *     Syriac, Thaana, N'Ko …) outnumber strong left-to-right ones
     */
    public static boolean isRightToLeft(String text) {
        int rtl = 0;
        int ltr = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            switch (Character.getDirectionality(cp)) {
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> rtl++;
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> ltr++;
                default -> {
                }
            }
        }
        return rtl > ltr;
    }
}
