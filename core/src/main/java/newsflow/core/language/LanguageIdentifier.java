package newsflow.core.language;

import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Identifies the language of a text with Apache OpenNLP's language-detection model
 * ({@code langdetect-183.bin}, 103 languages, shipped in {@code opennlp-models-langdetect}). The
 * model answers ISO 639-3 codes; they are mapped to ISO 639-1 through ICU ({@code pes} and {@code fas}
 * both mean Persian and are added up). Arabic, Persian and Urdu are then told apart by their spelling
 * as well ({@link ArabicScriptEvidence}). The page's {@code <html lang>} is a prior that moves close
 * calls, never more. Thread-safe; the model (10 MB) is loaded once per JVM.
 */
public final class LanguageIdentifier {
    /**
     * Letters of text looked at: the model reads the text from its start until it has seen this many letters (about
     * 150 chars of prose, a sentence or two). Counted in letters, not chars, so a lead full of figures or a results
     * table is read further. Measured with {@code newsflow bench language} on the Universal Declaration of Human
     * Rights, in the 96 of the model's languages it has a translation in (1,866 passages): accuracy, the mean over
     * languages, is the same from 60 letters up (0.910 at 60, 0.913 at 120, 0.910 at 250), Arabic, Persian, Urdu and
     * Pashto are all right from 60 letters, and the model's time grows with the sample (about 120 µs a call at 120
     * letters, 215 µs at 250). The benchmark pages, the cases and the seed site get the same languages as with 3,000
     * chars. Confidences are lower on a shorter sample. Lines in another script than the text's main one are passed over ({@link #identify(String,
     * String, String, int)}), so a short sample is not taken up by an opening quote in another language.
     */
    public static final int SAMPLE_LETTERS = 120;
    /** Most chars looked at, whatever the letters: bounds the cost on text that is nearly all digits and signs. */
    static final int MAX_CHARS = 3000;
    /**
     * Factor on the hinted language's probability. Multiplicative, so the hint moves close calls only:
     * the model's probabilities are spread over 103 languages (0.1 is a confident answer on a sentence),
     * and an additive weight would let the markup outvote the text.
     */
    static final double HINT_FACTOR = 2.0;

    private static final class Holder {
        static final LanguageDetectorModel MODEL = load();
    }

    private static LanguageDetectorModel load() {
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream("/langdetect-183.bin")) {
            if (in == null) {
                throw new IllegalStateException("langdetect-183.bin not on the classpath: add "
                        + "org.apache.opennlp:opennlp-models-langdetect");
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP language model", e);
        }
    }

    /**
     * @param text the article text (not the title alone)
     * @param hint the page's declared language ({@code <html lang>}, JSON-LD inLanguage), or null
     * @return the language and its probability; {@link LanguageGuess#UNDETERMINED} for text without letters
     */
    public LanguageGuess identify(String text, String hint) {
        return identify(text, hint, Scripts.dominantScript(text), SAMPLE_LETTERS);
    }

    /**
     * {@link #identify(String, String)} for a caller that knows the text's script, on a sample of a given length.
     *
     * @param mainScript the ISO 15924 code of the script most of the text's letters are in ({@link Scripts#profile}):
     *     the sample is taken from the lines written in it, past an opening quote or tweet in another script
     * @param sampleLetters letters of the text's start looked at (at most {@value #MAX_CHARS} chars);
     *     {@link #SAMPLE_LETTERS} unless measuring what the length changes; at least 1
     * @throws IllegalArgumentException if {@code sampleLetters} is below 1
     */
    public LanguageGuess identify(String text, String hint, String mainScript, int sampleLetters) {
        if (sampleLetters < 1) {
            throw new IllegalArgumentException("sampleLetters must be at least 1, was " + sampleLetters);
        }
        String sample = sample(text, mainScript, sampleLetters);
        if (sample.codePoints().noneMatch(Character::isLetter)) {
            return hint == null ? LanguageGuess.UNDETERMINED : new LanguageGuess(primary(hint), 0);
        }
        // LanguageDetectorME keeps no state between calls, but is cheap: one per call stays thread-safe.
        Language[] ranked = new LanguageDetectorME(Holder.MODEL).predictLanguages(sample);
        Map<String, Double> byCode = new HashMap<>();
        for (Language l : ranked) {
            byCode.merge(toBcp47(l.getLang()), l.getConfidence(), Double::sum);
        }
        ArabicScriptEvidence.apply(sample, byCode);
        if (hint != null) {
            byCode.computeIfPresent(primary(hint), (k, v) -> v * HINT_FACTOR);
        }
        String best = null;
        double bestP = -1;
        for (Map.Entry<String, Double> e : byCode.entrySet()) {
            if (e.getValue() > bestP) {
                best = e.getKey();
                bestP = e.getValue();
            }
        }
        return new LanguageGuess(best, Math.min(1.0, bestP));
    }

    /**
     * @return the languages the model can answer, as {@link #identify} names them (ISO 639-1 where one exists), sorted
     */
    public static java.util.SortedSet<String> languages() {
        java.util.SortedSet<String> codes = new java.util.TreeSet<>();
        for (String code : new LanguageDetectorME(Holder.MODEL).getSupportedLanguages()) {
            codes.add(toBcp47(code));
        }
        return codes;
    }

    /**
     * @param mainScript the ISO 15924 code of the text's main script
     * @return the start of {@code text} that holds {@code sampleLetters} letters, at most {@value #MAX_CHARS} chars; when
     *     some of its lines are written mostly in another script than {@code mainScript}, the lines in the main script
     *     instead, from the first {@value #MAX_CHARS} chars: an Urdu story that opens with an English quote or tweet is
     *     read from its Urdu
     */
    static String sample(String text, String mainScript, int sampleLetters) {
        String plain = plainSample(text, sampleLetters);
        String main = scriptGroup(mainScript);
        if (main.equals("Zyyy") || allIn(plain, main)) {
            return plain;
        }
        String window = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        StringBuilder sample = new StringBuilder();
        int letters = 0;
        for (String line : window.split("\n")) {
            if (letters >= sampleLetters) {
                break;
            }
            String script = scriptGroup(Scripts.dominantScript(line));
            if (script.equals(main) || script.equals("Zyyy")) {
                String part = plainSample(line, sampleLetters - letters);
                sample.append(part).append('\n');
                letters += (int) part.codePoints().filter(Character::isLetter).count();
            }
        }
        return letters == 0 ? plain : sample.toString();
    }

    /** @return whether every line of {@code s} that holds letters is written mostly in script group {@code group} */
    private static boolean allIn(String s, String group) {
        for (String line : s.split("\n")) {
            String script = scriptGroup(Scripts.dominantScript(line));
            if (!script.equals("Zyyy") && !script.equals(group)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return the ISO 15924 code, with the scripts Chinese, Japanese and Korean text mixes (Han, Hiragana, Katakana,
     *     Hangul, Bopomofo) taken as one: a Japanese line of kanji is as Japanese as one of kana
     */
    private static String scriptGroup(String script) {
        return switch (script) {
            case "Hani", "Hira", "Kana", "Hang", "Bopo" -> "CJK";
            default -> script;
        };
    }

    /** @return the start of {@code text} that holds {@code sampleLetters} letters, at most {@value #MAX_CHARS} chars */
    private static String plainSample(String text, int sampleLetters) {
        int letters = 0;
        int end = 0;
        int limit = Math.min(text.length(), MAX_CHARS);
        while (end < limit && letters < sampleLetters) {
            int cp = text.codePointAt(end);
            if (Character.isLetter(cp)) {
                letters++;
            }
            end += Character.charCount(cp);
        }
        return end >= text.length() ? text : text.substring(0, end);
    }

    /**
     * @param tag a BCP 47 language tag or an ISO 639 code ({@code en-GB}, {@code fa_IR}, {@code urd})
     * @return its language as {@link #identify} names languages: the primary subtag, lower case, ISO 639-1 where one
     *     exists ({@code en-GB} → {@code en}, {@code urd} → {@code ur})
     */
    public static String primary(String tag) {
        String t = tag.trim().replace('_', '-').toLowerCase(Locale.ROOT);
        int dash = t.indexOf('-');
        return toBcp47(dash > 0 ? t.substring(0, dash) : t);
    }

    private static final Map<String, String> BCP47 = new java.util.concurrent.ConcurrentHashMap<>();

    /** @return ISO 639-1 for an ISO 639-3 (or 639-1) code where one exists (cached: ICU's lookup is slow) */
    static String toBcp47(String code) {
        return BCP47.computeIfAbsent(code, LanguageIdentifier::mapCode);
    }

    private static String mapCode(String code) {
        switch (code) {
            case "pes", "fas", "prs" -> {
                return "fa";
            }
            case "zlm", "zsm" -> {
                return "ms";
            }
            case "cmn" -> {
                return "zh";
            }
            case "arb" -> {
                return "ar";
            }
            case "ekk" -> {
                return "et";
            }
            case "lvs" -> {
                return "lv";
            }
            default -> {
            }
        }
        String lang = ULocale.createCanonical(code).getLanguage();
        if (lang.length() == 3) {
            String two = new ULocale(lang).getLanguage();
            return two.isEmpty() ? lang : two;
        }
        return lang.isEmpty() ? code : lang;
    }
}
