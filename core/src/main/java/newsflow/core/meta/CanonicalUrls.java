package newsflow.core.meta;

import java.util.List;
import java.util.Map;

/**
 * Whether a page's declared canonical URL ({@code <link rel=canonical>}, else {@code og:url}) can name the page. The
 * article's id is the SHA-256 of its canonical URL and {@code news.articles} is compacted by id, so a canonical URL
 * that names more than the page — a template declaring the site's home page, or a section page, as every article's
 * canonical URL — would leave one article of the whole site after compaction. When in doubt the canonical URL is
 * refused: the page's own URL then names the article, and the worst outcome is one article under two ids (which the
 * near-duplicate fingerprint shows), not an article lost. Refused:
 * <ul>
 *   <li>a canonical URL whose path holds the page's: the home page ({@code /}), a section ({@code /news/} for {@code
 *       /news/2024/06/budget}), the first page of a split article for a later page ({@code /story/} for {@code
 *       /story/2/}: a page crawled on its own holds only its part of the text) — but not for the AMP rendering of the
 *       same page ({@code /story/amp/});</li>
 *   <li>a canonical URL with fewer path segments than the page's, each a single word (letters only): a language's or
 *       a section's front page ({@code /en/}, {@code /home}, {@code /category/politics/}) — slugs have several words,
 *       or digits;</li>
 *   <li>the page's path without a query parameter that names the article or the page ({@code /article.php} for {@code
 *       /article.php?id=123}, {@code /story} for {@code /story?page=2}); tracking parameters do not count.</li>
 * </ul>
 * Anything else is the publisher's word (another slug, another path, a syndicated original on the same site). The site
 * itself is checked by the cleaner.
 */
final class CanonicalUrls {
    private CanonicalUrls() {
    }

    /**
     * @param page the page's absolute URL
     * @param canonical the canonical URL it declares, absolute
     * @return whether {@code canonical} may stand for the page by the rules above; false when it does not parse
     */
    static boolean mayName(String page, String canonical) {
        Pagination.Parts p = Pagination.Parts.of(page);
        Pagination.Parts c = Pagination.Parts.of(canonical);
        if (c == null) {
            return false;
        }
        if (p == null) {
            return true;
        }
        List<String> ps = p.segments();
        List<String> cs = c.segments();
        if (cs.size() < ps.size() && ps.subList(0, cs.size()).equals(cs)) {
            return ps.subList(cs.size(), ps.size()).equals(List.of("amp"));
        }
        if (cs.size() < ps.size() && cs.stream().allMatch(CanonicalUrls::isSingleWord)) {
            return false;
        }
        if (cs.equals(ps)) {
            for (Map.Entry<String, String> e : p.query().entrySet()) {
                String name = e.getKey();
                boolean firstPage = Pagination.isPagerParameter(name) && (e.getValue().equals("0") || e.getValue().equals("1"));
                if (!Pagination.isTracking(name) && !name.equals("amp") && !firstPage && !e.getValue().equals(c.query().get(name))) {
                    return false; // a parameter that names the article, or a later page's number
                }
            }
        }
        return true;
    }

    /** @return whether a path segment is one word: letters (and marks) only, no digits, separators or extension */
    private static boolean isSingleWord(String segment) {
        return segment.codePoints().allMatch(cp -> Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK);
    }
}
