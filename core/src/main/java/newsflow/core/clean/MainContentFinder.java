package newsflow.core.clean;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Chooses the region of the page that holds the main content, after the idea of Arc90's Readability:
 * each text block votes for its ancestors (its container fully, the next ones by half and a third),
 * with weight from its length and punctuation and against its link density; a container's score is
 * then discounted by its own link density and moved by what its class and id say, by {@code <article>}
 * and by {@code itemprop=articleBody} — signals, not truth. Siblings of the winner that score well are
 * taken too, and so are elements built like the winner (same tag and classes) that read as prose: an
 * article body cut into sections around inline ads and figures. Nothing depends on a language's word lists: punctuation counts in Latin, Arabic, Persian,
 * Urdu, Devanagari and CJK forms.
 */
final class MainContentFinder {
    private MainContentFinder() {
    }

    /**
     * @param segments the page's blocks, some labelled already
     * @param signals the page's class-word memo
     * @return the elements whose subtrees form the main region; empty when no block qualifies
     */
    static Set<Element> find(List<Segment> segments, ClassSignals.Memo signals) {
        // scores in the order elements first got a vote (a block's container before its ancestors, blocks in document
        // order), so ties are broken the same way on every run: jsoup's elements hash by identity, and a HashMap's
        // order would change from run to run
        Map<Element, Double> score = new java.util.LinkedHashMap<>(2 * segments.size());
        Map<Element, int[]> chars = new java.util.IdentityHashMap<>(4 * segments.size()); // [all, link]
        for (Segment s : segments) {
            for (Element e = s.owner; e != null; e = e.parent()) {
                int[] c = chars.computeIfAbsent(e, k -> new int[2]);
                c[0] += s.text.length();
                c[1] += s.linkChars;
            }
            if (s.isBoilerplate()) {
                continue;
            }
            int letters = s.letters();
            if (letters < 20) {
                continue;
            }
            double vote = (1 + punctuation(s.text, 5) + Math.min(3, letters / 100.0))
                    * Math.pow(1 - s.linkDensity(), 2);
            Element container = isContainer(s.owner) ? s.owner : s.owner.parent();
            double[] weights = {1.0, 0.5, 1.0 / 3};
            Element e = container;
            for (int i = 0; i < weights.length && e != null; i++, e = e.parent()) {
                score.merge(e, vote * weights[i], Double::sum);
            }
        }
        if (score.isEmpty()) {
            return Set.of();
        }
        Element best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        Map<Element, Double> finalScore = new java.util.LinkedHashMap<>(2 * score.size());
        for (Map.Entry<Element, Double> en : score.entrySet()) {
            Element e = en.getKey();
            int[] c = chars.get(e);
            double linkDensity = c == null || c[0] == 0 ? 0 : (double) c[1] / c[0];
            double s = en.getValue() * (1 - linkDensity) + classWeight(e, signals);
            finalScore.put(e, s);
            if (s > bestScore) {
                bestScore = s;
                best = e;
            }
        }
        Set<Element> main = new HashSet<>();
        main.add(best);
        Element parent = best.parent();
        if (parent != null && !best.nameIs("body")) {
            double threshold = Math.max(10, bestScore * 0.2);
            for (Element sibling : parent.children()) {
                if (sibling == best) {
                    continue;
                }
                Double s = finalScore.get(sibling);
                if (s != null && s >= threshold) {
                    main.add(sibling);
                }
            }
            main.addAll(proseSiblings(segments, parent, main, signals));
        }
        // An article body cut into several blocks of the same make (sections around inline ads or figures):
        // elements built like the winner — same tag, same classes — that also read as prose belong to it.
        String signature = signature(best);
        if (!best.nameIs("body") && !best.className().isEmpty()) {
            double threshold = Math.max(10, bestScore * 0.1);
            for (Map.Entry<Element, Double> en : finalScore.entrySet()) {
                Element e = en.getKey();
                if (e != best && en.getValue() >= threshold && signature.equals(signature(e)) && !BlockLabeller.inside(e, main)) {
                    main.add(e);
                }
            }
        }
        return main;
    }

    /** Letters a sibling's prose holds at least to count as a paragraph of the article (Readability's bar). */
    static final int SIBLING_PROSE_LETTERS = 80;
    /** Prose siblings in a row, at least, that make paragraphs of the article rather than a disclosure or a plug. */
    static final int SIBLING_PROSE_RUN = 3;

    /** What a sibling of the winner holds, for {@link #proseSiblings}. */
    private enum SiblingKind {
        /** nothing, or a box its own class or id names boilerplate (an ad slot, a related box): no join, no break */
        EMPTY,
        /** paragraphs of prose only: letters, a sentence end, few links, no heading, no link line, no negative name */
        PROSE,
        /** anything else: a heading, a teaser with its linked title, short lines */
        OTHER
    }

    /**
     * Siblings of the winner too small to score on their own that carry on its prose: an article whose first
     * paragraphs stand each in a wrapper of its own beside the body ({@code div.firstPar > p}, {@code div.secondPar >
     * p}, …, then {@code div.body}). They join when at least {@value #SIBLING_PROSE_RUN} of them stand in a row next
     * to the main region, with nothing between but boxes named boilerplate (a related box, an ad slot): one or two
     * lone paragraphs beside a body are as often an affiliate disclosure, a standfirst, a support plea or a podcast
     * plug as article text. Each holds {@value #SIBLING_PROSE_LETTERS} letters or more not labelled boilerplate,
     * ends a sentence, has a link density below 0.25, and holds no heading (a teaser's title, the headline) and no
     * link-dense block.
     */
    private static Set<Element> proseSiblings(List<Segment> segments, Element parent, Set<Element> main,
            ClassSignals.Memo signals) {
        // sibling -> [chars, link chars, content letters, not prose]
        Map<Element, int[]> stats = new java.util.IdentityHashMap<>();
        Map<Element, Segment> last = new java.util.IdentityHashMap<>();
        for (Segment s : segments) {
            Element sibling = s.owner;
            while (sibling != null && sibling.parent() != parent) {
                sibling = sibling.parent();
            }
            if (sibling == null || main.contains(sibling)) {
                continue;
            }
            int[] c = stats.computeIfAbsent(sibling, k -> new int[4]);
            if (s.kind == BlockKind.HEADING || s.linkDensity() > 0.5) {
                c[3] = 1;
            }
            c[0] += s.text.length();
            c[1] += s.linkChars;
            if (!s.isBoilerplate()) {
                c[2] += s.letters();
                last.put(sibling, s);
            }
        }
        List<Element> children = parent.children();
        SiblingKind[] kinds = new SiblingKind[children.size()];
        for (int i = 0; i < kinds.length; i++) {
            Element sibling = children.get(i);
            int[] c = stats.get(sibling);
            Segment lastContent = last.get(sibling);
            if (main.contains(sibling)) {
                kinds[i] = null; // the main region
            } else if (c == null || signals.negative(sibling).isPresent()) {
                kinds[i] = SiblingKind.EMPTY;
            } else if (c[3] == 0 && c[2] >= SIBLING_PROSE_LETTERS && c[1] * 4 < c[0] && lastContent != null
                    && Texts.endsSentence(lastContent.text)) {
                kinds[i] = SiblingKind.PROSE;
            } else {
                kinds[i] = SiblingKind.OTHER;
            }
        }
        Set<Element> prose = new java.util.LinkedHashSet<>();
        // walk out from each part of the main region, both ways, over prose and empty siblings
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] != null) {
                continue;
            }
            for (int step : new int[] {-1, 1}) {
                List<Element> run = new java.util.ArrayList<>();
                for (int j = i + step; j >= 0 && j < kinds.length && kinds[j] != null && kinds[j] != SiblingKind.OTHER;
                        j += step) {
                    if (kinds[j] == SiblingKind.PROSE) {
                        run.add(children.get(j));
                    }
                }
                if (run.size() >= SIBLING_PROSE_RUN) {
                    prose.addAll(run);
                }
            }
        }
        return prose;
    }

    private static String signature(Element e) {
        return e.normalName() + "." + e.className();
    }

    private static boolean isContainer(Element e) {
        return switch (e.normalName()) {
            case "div", "section", "article", "main", "td", "body", "center", "font", "span" -> true;
            default -> false;
        };
    }

    private static double classWeight(Element e, ClassSignals.Memo signals) {
        double w = 0;
        if (signals.negative(e).isPresent()) {
            w -= 25;
        }
        if (signals.positive(e).isPresent()) {
            w += 25;
        }
        if (e.nameIs("article") || e.nameIs("main")) {
            w += 10;
        }
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            w += 30;
        }
        return w;
    }

    /** @return the commas, full stops and other clause punctuation in any script that {@code s} holds, at most {@code limit} */
    static int punctuation(String s, int limit) {
        int n = 0;
        for (int i = 0; i < s.length() && n < limit; i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? ASCII_PUNCTUATION[c] : switch (c) {
                case '،', '؛', '؟', '۔', '。', '，', '、', '।' -> 1;
                default -> 0;
            };
        }
        return n;
    }

    /** 1 for the ASCII marks {@link #punctuation} counts ({@code , . ; ! ?}), 0 for the other ASCII chars. */
    private static final int[] ASCII_PUNCTUATION = new int[0x80];

    static {
        for (char c : new char[] {',', '.', ';', '!', '?'}) {
            ASCII_PUNCTUATION[c] = 1;
        }
    }
}
