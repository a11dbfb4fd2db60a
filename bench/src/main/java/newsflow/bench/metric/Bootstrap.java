package newsflow.bench.metric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Percentile bootstrap intervals (Efron and Tibshirani, "An Introduction to the Bootstrap", 1993, ch. 13) for
 * the benchmark's figures: the pages are resampled with replacement {@code resamples} times and the figure
 * recomputed on each sample; the interval is the 2.5th to 97.5th percentile. The seed is fixed, so the same
 * pages give the same interval on every run.
 */
public final class Bootstrap {
    /** Resamples drawn. */
    public static final int RESAMPLES = 2000;
    /** Seed of the resampling. */
    static final long SEED = 20_241_129L;

    private Bootstrap() {
    }

    /**
     * A 95 % interval.
     *
     * @param low 2.5th percentile
     * @param high 97.5th percentile
     */
    public record Interval(double low, double high) {
    }

    /**
     * @param pages per-page counts
     * @param figure the figure to bound, e.g. {@code Score::f1}
     * @return its 95 % percentile interval
     */
    public static Interval interval(List<AebMetric.PageCounts> pages, ToDoubleFunction<AebMetric.Score> figure) {
        SplittableRandom random = new SplittableRandom(SEED);
        double[] values = new double[RESAMPLES];
        List<AebMetric.PageCounts> sample = new ArrayList<>(pages.size());
        for (int b = 0; b < RESAMPLES; b++) {
            sample.clear();
            for (int i = 0; i < pages.size(); i++) {
                sample.add(pages.get(random.nextInt(pages.size())));
            }
            values[b] = figure.applyAsDouble(AebMetric.score(sample));
        }
        Arrays.sort(values);
        return new Interval(values[(int) Math.floor(0.025 * (RESAMPLES - 1))], values[(int) Math.ceil(0.975 * (RESAMPLES - 1))]);
    }
}
