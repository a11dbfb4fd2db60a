package newsflow.bench.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BootstrapTest {
    @Test
    void shouldGiveADegenerateIntervalWhenEveryPageScoresTheSame() {
        List<AebMetric.PageCounts> pages = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            pages.add(AebMetric.page("a b c d e", "a b c d"));
        }
        Bootstrap.Interval i = Bootstrap.interval(pages, AebMetric.Score::recall);
        assertThat(i.low()).isEqualTo(0.5);
        assertThat(i.high()).isEqualTo(0.5);
    }

    @Test
    void shouldBracketThePointEstimateAndRepeatItself() {
        List<AebMetric.PageCounts> pages = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            pages.add(i % 3 == 0 ? AebMetric.page("a b c d e f", "a b c") : AebMetric.page("a b c d", "a b c d"));
        }
        double accuracy = AebMetric.score(pages).accuracy(); // 20 of 30 exact
        Bootstrap.Interval i = Bootstrap.interval(pages, AebMetric.Score::accuracy);
        assertThat(accuracy).isEqualTo(20.0 / 30);
        assertThat(i.low()).isLessThan(accuracy).isGreaterThan(0.3);
        assertThat(i.high()).isGreaterThan(accuracy).isLessThan(1.0);
        assertThat(Bootstrap.interval(pages, AebMetric.Score::accuracy)).isEqualTo(i);
    }
}
