package newsflow.bench.metric;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric (Scrapinghub/Zyte, as {@code corpus/aeb/README.md} defines it
 * and {@code tools/aeb_score.py} computes it): tokens are the matches of Python's Unicode {@code \w+}; each
 * text becomes a multiset of 4-token shingles (a text of fewer than 4 tokens gives one shorter shingle, an
 * empty text none); per page TP, FP, FN come from the multiset overlap and are divided by their sum so every
 * page weighs the same; precision and recall are means over pages (pages without predicted, resp. true,
 * shingles skipped), F1 the harmonic mean of the two means, accuracy the share of pages whose token
 * sequences are equal.
 */
public final class AebMetric {
    /**
     * Python's {@code \w} under {@code re.UNICODE}: letters (all {@code L*} categories), numbers (all
     * {@code N*}) and the underscore. Combining marks ({@code Mn}, {@code Mc}) are not word characters in
     * Python, so Arabic harakat and Indic vowel signs split tokens there — and here. Java's own {@code \w}
     * is ASCII-only, and {@code UNICODE_CHARACTER_CLASS} would keep the marks.
     */
    static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    /** Tokens per shingle. */
    static final int SHINGLE = 4;

    private AebMetric() {
    }

    /**
     * One page's share of the score.
     *
     * @param tp true positives, normalized so tp + fp + fn = 1 (all 0 when both texts are empty)
     * @param fp false positives, normalized
     * @param fn false negatives, normalized
     * @param exact whether the token sequences are equal
     */
    public record PageCounts(double tp, double fp, double fn, boolean exact) {
        /** @return whether the page counts for precision: it has predicted shingles */
        boolean hasPredicted() {
            return tp + fp > 0;
        }

        /** @return whether the page counts for recall: it has true shingles */
        boolean hasTrue() {
            return tp + fn > 0;
        }

        /** @return the page's precision (1 when nothing is missing or surplus) */
        double precision() {
            return fp == 0 && fn == 0 ? 1.0 : tp + fp == 0 ? 0.0 : tp / (tp + fp);
        }

        /** @return the page's recall (1 when nothing is missing or surplus) */
        double recall() {
            return fp == 0 && fn == 0 ? 1.0 : tp + fn == 0 ? 0.0 : tp / (tp + fn);
        }
    }

    /**
     * The figures over a set of pages.
     *
     * @param f1 harmonic mean of precision and recall
     * @param precision mean per-page precision
     * @param recall mean per-page recall
     * @param accuracy share of pages extracted exactly (token for token)
     */
    public record Score(double f1, double precision, double recall, double accuracy) {
    }

    /** @return the tokens of {@code text}, in order; none for null */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** @return the multiset of shingles of {@code tokens}: shingle (tokens joined by U+0001) to count */
    static Map<String, Integer> shingles(List<String> tokens) {
        Map<String, Integer> out = new HashMap<>();
        int n = Math.max(1, tokens.size() - SHINGLE + 1);
        for (int i = 0; i < n; i++) {
            List<String> s = tokens.subList(Math.min(i, tokens.size()), Math.min(i + SHINGLE, tokens.size()));
            if (!s.isEmpty()) {
                out.merge(String.join("\u0001", s), 1, Integer::sum);
            }
        }
        return out;
    }

    /**
     * @param truth the human-made body
     * @param predicted the extracted body ("" for a page with no prediction)
     * @return the page's normalized counts
     */
    public static PageCounts page(String truth, String predicted) {
        List<String> t = tokens(truth);
        List<String> p = tokens(predicted);
        Map<String, Integer> a = shingles(t);
        Map<String, Integer> b = shingles(p);
        Set<String> keys = new HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (String k : keys) {
            int x = a.getOrDefault(k, 0);
            int y = b.getOrDefault(k, 0);
            tp += Math.min(x, y);
            fp += Math.max(0, y - x);
            fn += Math.max(0, x - y);
        }
        double sum = tp + fp + fn;
        boolean exact = t.equals(p);
        return sum > 0 ? new PageCounts(tp / sum, fp / sum, fn / sum, exact) : new PageCounts(0, 0, 0, exact);
    }

    /** @return the figures over {@code pages} (the same aggregation as {@code aeb_score.py}) */
    public static Score score(List<PageCounts> pages) {
        double ps = 0;
        int np = 0;
        double rs = 0;
        int nr = 0;
        int exact = 0;
        for (PageCounts c : pages) {
            if (c.hasPredicted()) {
                ps += c.precision();
                np++;
            }
            if (c.hasTrue()) {
                rs += c.recall();
                nr++;
            }
            if (c.exact()) {
                exact++;
            }
        }
        double p = np == 0 ? 0 : ps / np;
        double r = nr == 0 ? 0 : rs / nr;
        double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
        return new Score(f1, p, r, pages.isEmpty() ? 0 : (double) exact / pages.size());
    }
}
