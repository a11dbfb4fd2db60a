package newsflow.core.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedBreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Word and sentence counts with ICU4J's {@link BreakIterator} (Unicode UAX #29), which handles the
 * Urdu full stop {@code ۔}, the Arabic question mark {@code ؟} and scripts without spaces; a word is a
 * segment of letters or digits (rule status ≥ {@code UBRK_WORD_NUMBER}).
 */
public final class TextStats {
    /** Reading speed assumed for reading time, words per minute. */
    public static final int WORDS_PER_MINUTE = 200;

    private TextStats() {
    }

    /**
     * Each thread's break iterators, by kind ({@link BreakIterator#KIND_WORD}, {@link BreakIterator#KIND_SENTENCE}) and
     * locale: an iterator is not thread-safe, and ICU's factory clones its cached one on every call (a tenth of the
     * sentence count's time on a news article).
     */
    private static final ThreadLocal<java.util.Map<ULocale, BreakIterator[]>> ITERATORS =
            ThreadLocal.withInitial(java.util.HashMap::new);

    private static BreakIterator iterator(int kind, ULocale locale) {
        BreakIterator[] byKind = ITERATORS.get().computeIfAbsent(locale, l -> new BreakIterator[2]);
        int slot = kind == BreakIterator.KIND_WORD ? 0 : 1;
        if (byKind[slot] == null) {
            byKind[slot] = kind == BreakIterator.KIND_WORD ? BreakIterator.getWordInstance(locale)
                    : BreakIterator.getSentenceInstance(locale);
        }
        return byKind[slot];
    }

    /** @return the number of words in {@code text} */
    public static int words(String text, ULocale locale) {
        RuleBasedBreakIterator it = (RuleBasedBreakIterator) iterator(BreakIterator.KIND_WORD, locale);
        it.setText(text);
        int n = 0;
        for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
            if (it.getRuleStatus() >= RuleBasedBreakIterator.WORD_NUMBER) {
                n++;
            }
        }
        it.setText(""); // (the thread's iterator does not hold on to the article)
        return n;
    }

    /** @return the sentences of {@code text}, trimmed, in order, empty ones dropped */
    public static List<String> sentences(String text, ULocale locale) {
        BreakIterator it = iterator(BreakIterator.KIND_SENTENCE, locale);
        List<String> out = new ArrayList<>();
        // the whole text at once: a line feed ends a sentence whatever follows (UAX #29 rule SB4, a paragraph separator)
        it.setText(text);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String s = text.substring(start, end).trim();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        it.setText("");
        return out;
    }

    /** @return reading time in seconds for {@code words} words, at least 1 for non-empty text */
    public static int readingTimeSeconds(int words) {
        return words == 0 ? 0 : Math.max(1, Math.round(words * 60f / WORDS_PER_MINUTE));
    }
}
