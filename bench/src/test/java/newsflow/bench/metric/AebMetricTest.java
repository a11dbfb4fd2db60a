package newsflow.bench.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The benchmark's metric on hand-made examples whose figures are worked out by hand in the comments. */
class AebMetricTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Python's \w+: letters, digits and underscore; apostrophes and hyphens split; combining marks split too
        "don't stop-gap snake_case | don,t,stop,gap,snake_case",
        "كَتَبَ                      | ك,ت,ب",
        "سال ۱۴۰۲ و ٢٠٢٤            | سال,۱۴۰۲,و,٢٠٢٤",
        "می‌شود                     | می,شود",
        "Ünïcödé naïve              | Ünïcödé,naïve",
    })
    void shouldTokenizeAsPythonsUnicodeWordRegex(String text, String tokens) {
        assertThat(AebMetric.tokens(text)).containsExactly(tokens.split(","));
    }

    @Test
    void shouldScoreAnExactExtractionAsOne() {
        // truth = pred: shingles {abcd, bcde} on both sides -> TP 2, FP 0, FN 0 -> P = R = F1 = 1, exact
        AebMetric.PageCounts c = AebMetric.page("a b c d e", "a. b, c d\ne");
        assertThat(c.tp()).isEqualTo(1.0);
        assertThat(c.exact()).isTrue();
        assertThat(AebMetric.score(List.of(c))).isEqualTo(new AebMetric.Score(1, 1, 1, 1));
    }

    @Test
    void shouldScoreAMissingEndAsLostRecallOnly() {
        // truth {abcd, bcde}, pred {abcd}: TP 1, FP 0, FN 1 -> normalized 1/2, 0, 1/2
        // P = 1 (no FP), R = 0.5, F1 = 2 * 1 * 0.5 / 1.5 = 0.667; not exact
        AebMetric.PageCounts c = AebMetric.page("a b c d e", "a b c d");
        assertThat(c.tp()).isEqualTo(0.5);
        assertThat(c.fn()).isEqualTo(0.5);
        AebMetric.Score s = AebMetric.score(List.of(c));
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.f1()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(s.accuracy()).isZero();
    }

    @Test
    void shouldCountShinglesAsAMultiset() {
        // truth x x x x x -> {xxxx: 2}; pred x x x x -> {xxxx: 1}: TP 1, FN 1 -> P 1, R 0.5
        AebMetric.PageCounts c = AebMetric.page("x x x x x", "x x x x");
        assertThat(c.tp()).isEqualTo(0.5);
        assertThat(c.fn()).isEqualTo(0.5);
        assertThat(c.fp()).isZero();
    }

    @Test
    void shouldMakeOneShorterShingleOfAShortText() {
        // fewer than 4 tokens: one shingle of all of them; "one two" vs "one two three" share nothing
        assertThat(AebMetric.page("one two", "one two").exact()).isTrue();
        AebMetric.PageCounts c = AebMetric.page("one two", "one two three");
        assertThat(c.tp()).isZero();
        assertThat(c.fp()).isEqualTo(0.5);
        assertThat(c.fn()).isEqualTo(0.5);
    }

    @Test
    void shouldSkipPagesWithoutPredictionInPrecisionButCountThemInRecall() {
        // page A: P 1, R 0.5 (above). page B: nothing predicted -> TP 0, FP 0, FN 1: no precision, recall 0.
        // P = mean(1) = 1; R = mean(0.5, 0) = 0.25; F1 = 2 * 1 * 0.25 / 1.25 = 0.4; accuracy 0 / 2
        AebMetric.Score s = AebMetric.score(List.of(AebMetric.page("a b c d e", "a b c d"),
                AebMetric.page("p q r s", "")));
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(0.25);
        assertThat(s.f1()).isCloseTo(0.4, within(1e-12));
        assertThat(s.accuracy()).isZero();
    }

    @Test
    void shouldCountAPageWithBothTextsEmptyOnlyForAccuracy() {
        // both empty: no shingles at all -> out of precision and recall, but exact
        AebMetric.Score s = AebMetric.score(List.of(AebMetric.page("", ""), AebMetric.page("a b c d", "a b c d")));
        assertThat(s).isEqualTo(new AebMetric.Score(1, 1, 1, 1));
    }

    @Test
    void shouldScoreSurplusTextAsLostPrecision() {
        // truth {abcd}, pred a b c d z -> {abcd, bcdz}: TP 1, FP 1 -> P 0.5, R 1
        AebMetric.Score s = AebMetric.score(List.of(AebMetric.page("a b c d", "a b c d z")));
        assertThat(s.precision()).isEqualTo(0.5);
        assertThat(s.recall()).isEqualTo(1.0);
    }
}
