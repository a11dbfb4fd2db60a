package newsflow.core.meta;

import java.util.List;
import java.util.Map;

/**
 * Whether a page's declared canonical URL ({@code <link rel=canonical>}, else {@code og:url}) can name the page. The
 * article's id is the SHA-256 of its canonical URL and {@code news.articles} is compacted by id, so a template that
 * declares the site's home page, or a section page, as every article's canonical URL would leave one article of the
 * whole site after compaction. Refused, so the page's own URL names the article:
 * <ul>
 *   <li>a canonical URL whose path holds the page's: the home page ({@code /}), a section ({@code /news/} for {@code
 *       /news/2024/06/budget}) — unless the page is a later page or the AMP rendering of it ({@code /story/2/}, {@code
 *       /story/amp/} for {@code /story/});</li>
 *   <li>the page's path without a query parameter that names the article ({@code /article.php} for {@code
 *       /article.php?id=123}); tracking and pager parameters do not name it.</li>
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
            List<String> extra = ps.subList(cs.size(), ps.size());
            return extra.equals(List.of("amp")) || Pagination.continues(canonical, page);
        }
        if (cs.equals(ps)) {
            for (Map.Entry<String, String> e : p.query().entrySet()) {
                String name = e.getKey();
                if (!Pagination.isTracking(name) && !Pagination.isPagerParameter(name) && !name.equals("amp")
                        && !e.getValue().equals(c.query().get(name))) {
                    return false;
                }
            }
        }
        return true;
    }
}
