package newsflow.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentence and word counts per script, with hand-counted expectations. */
class TextStatsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Urdu full stop ۔ ends a sentence, with or without a following space
        "ur | 2 | 9  | بارش شروع ہو گئی۔ شہر میں پانی جمع ہے۔",
        "ur | 2 | 8  | بارش شروع ہو گئی۔کیا اسکول بند ہیں؟",
        // Arabic question mark ؟ and full stop
        "ar | 2 | 6  | هل تبدأ الخدمة غدا؟ نعم بالتأكيد.",
        // Persian: the ZWNJ keeps می‌شود one word
        "fa | 1 | 4  | این طرح اجرا می‌شود.",
        "fa | 2 | 6  | قیمت‌ها بالا رفت. مردم نگران هستند!",
        "en | 2 | 8  | Khan said no. The vote is on Tuesday.",
    })
    void shouldCountSentencesAndWordsForEachScript(String lang, int sentences, int words, String text) {
        ULocale locale = new ULocale(lang);
        assertThat(TextStats.sentences(text, locale)).hasSize(sentences);
        assertThat(TextStats.words(text, locale)).isEqualTo(words);
    }

    @org.junit.jupiter.api.Test
    void shouldEndASentenceAtEachParagraphWhateverFollows() {
        // a heading without a stop, a paragraph that opens in lower case, an abbreviation at a paragraph's end, empty lines
        String text = "Breaking news\nthe vote is on Tuesday. Khan said no.\n\nU.S.\nofficials agreed.\n";
        assertThat(TextStats.sentences(text, new ULocale("en"))).containsExactly("Breaking news", "the vote is on Tuesday.",
                "Khan said no.", "U.S.", "officials agreed.");
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 1", "200, 60", "1000, 300"})
    void shouldEstimateReadingTimeAt200WordsAMinute(int words, int seconds) {
        assertThat(TextStats.readingTimeSeconds(words)).isEqualTo(seconds);
    }
}
