package newsflow.core.language;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;

/** Script (ISO 15924) and base direction of a text, from its characters (Unicode UAX #9 classes). */
public final class Scripts {
    /** Script codes ICU knows: {@code UScript} values run from 0 to the Script property's maximum. */
    private static final int SCRIPTS = UCharacter.getIntPropertyMaxValue(UProperty.SCRIPT) + 1;

    /** 1 for the ASCII letters, 0 for the other ASCII chars. */
    private static final int[] ASCII_LETTER = new int[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_LETTER[c] = (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 1 : 0;
        }
    }

    private Scripts() {
    }

    /**
     * The script and base direction of a text, from one pass over it.
     *
     * @param script the ISO 15924 code of the script most letters belong to ({@code Arab}, {@code Latn}); {@code Zyyy}
     *     if none; on a tie, the script with the lower ICU {@code UScript} code
     * @param rightToLeft true when strong right-to-left characters (bidi classes R and AL: Arabic, Hebrew, Syriac,
     *     Thaana, N'Ko …) outnumber strong left-to-right ones
     */
    public record Profile(String script, boolean rightToLeft) {
    }

    /** @return the script and direction of {@code text} */
    public static Profile profile(String text) {
        int[] counts = new int[SCRIPTS];
        int rtl = 0;
        int ltr = 0;
        int asciiLetters = 0;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c < 0x80) {
                i++;
                // in ASCII only the letters count for a script (Latin), and only they are strong (L): digits,
                // punctuation and spaces are weak or neutral (counted from a table: no branch on the char's class)
                asciiLetters += ASCII_LETTER[c];
                continue;
            }
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            switch (Character.getDirectionality(cp)) {
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> rtl++;
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> ltr++;
                default -> {
                }
            }
            if (!Character.isLetter(cp)) {
                continue;
            }
            int script = UScript.getScript(cp);
            if (script != UScript.COMMON && script != UScript.INHERITED && script != UScript.UNKNOWN
                    && script >= 0 && script < counts.length) {
                counts[script]++;
            }
        }
        counts[UScript.LATIN] += asciiLetters;
        ltr += asciiLetters;
        int best = -1;
        for (int script = 0; script < counts.length; script++) {
            if (counts[script] > 0 && (best < 0 || counts[script] > counts[best])) {
                best = script;
            }
        }
        return new Profile(best < 0 ? "Zyyy" : UScript.getShortName(best), rtl > ltr);
    }

    /** @return {@code profile(text).script()} */
    public static String dominantScript(String text) {
        return profile(text).script();
    }

    /** @return {@code profile(text).rightToLeft()} */
    public static boolean isRightToLeft(String text) {
        return profile(text).rightToLeft();
    }
}
