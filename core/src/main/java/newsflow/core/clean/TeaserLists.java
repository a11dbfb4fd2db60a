package newsflow.core.clean;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The teaser-list rule of {@link BlockLabeller}: lists of links to the site's other stories set inside the story's
 * main region, with their heading ({@code teaser-list}).
 */
final class TeaserLists {
    private static final org.jsoup.select.Evaluator LIST_ITEM = org.jsoup.select.QueryParser.parse("li");
    /** Items a teaser list has at least. */
    static final int TEASER_ITEMS = 3;
    /** Words a teaser list's items (linked headlines, some with a kicker or a line of standfirst) have on average, at most. */
    static final int TEASER_WORDS = 20;
    /** Words any item of a teaser list has at most. */
    static final int TEASER_MAX_WORDS = 40;
    /** Words a teaser's linked headline has on average, at least: names and tags linked inside a list are shorter. */
    static final int TEASER_LINK_WORDS = 3;
    /** Words of the line that heads a teaser list, at most. */
    static final int TEASER_HEADING_WORDS = 8;

    private TeaserLists() {
    }

    /**
     * Marks teaser lists ({@code teaser-list}): a {@code ul} or {@code ol} of at least {@value #TEASER_ITEMS} items in
     * the main region, after the article's first paragraph of prose ({@value BlockLabeller#PROSE_LETTERS} letters or more), in which
     * every item links to another page of the same site ({@link newsflow.core.Sites}) with a headline's words, the items
     * are short ({@value #TEASER_WORDS} words on average, none over {@value #TEASER_MAX_WORDS}) and most are headlines
     * rather than sentences — "More Great WIRED Stories" set as a plain list under the story, a "Most read" box without
     * a telling class — with the heading just before it ({@link #headsList}). Lists that stay: a list without such a
     * heading (a briefing's items after its intro, a list a line ending in a colon introduces: "The winners are:"); an
     * item that links nowhere or only off the site (sources, deals, shops); links to names and tags (fewer than {@value
     * #TEASER_LINK_WORDS} words of link text per item on average, as a list of winners or results has); items of prose
     * (long, or ending as sentences do); a list before the story's prose starts (a roundup's table of contents is its
     * own content). Scripts written without spaces between words never have
     * headline-long links by this count, and keep their lists. On the benchmark pages, no list of this shape is in
     * the ground truth.
     */
    static void label(List<Segment> segments, Element body) {
        String page = body.ownerDocument() == null ? "" : withoutQuery(body.ownerDocument().location());
        if (!page.startsWith("http")) {
            return;
        }
        String site = null;
        boolean prose = false;
        Set<Element> judged = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (!prose) {
                prose = !s.isBoilerplate() && s.inMain && s.kind == BlockKind.PARAGRAPH && s.letters() >= BlockLabeller.PROSE_LETTERS;
                continue;
            }
            if (s.kind != BlockKind.LIST_ITEM || !s.inMain || s.isBoilerplate()) {
                continue;
            }
            Element item = s.owner.closest(LIST_ITEM);
            Element list = item == null ? null : item.parent();
            if (list == null || !(list.nameIs("ul") || list.nameIs("ol")) || !judged.add(list)) {
                continue;
            }
            int first = i;
            while (first > 0 && within(segments.get(first - 1).owner, list)) {
                first--;
            }
            Segment head = first > 0 ? segments.get(first - 1) : null;
            if (head == null || !headsList(head, list)) {
                continue; // no heading: a briefing's items, a list the story's paragraph introduces ("The winners are:")
            }
            if (site == null) {
                site = newsflow.core.Sites.ofUrl(page);
            }
            if (!isTeaserList(list, page, site)) {
                continue;
            }
            for (int j = first; j < segments.size() && within(segments.get(j).owner, list); j++) {
                segments.get(j).boilerplate("teaser-list", 0.8);
            }
            head.boilerplate("teaser-list", 0.75);
        }
    }

    /**
     * @return whether {@code head}, the block just before {@code list}, is its heading: it lies in the element just
     *     before the list (or just before the list's wrapper, when the list comes first in it), and it is a heading
     *     element, or a short line that is no paragraph ({@code p}), at most {@value #TEASER_HEADING_WORDS} words,
     *     ending neither a sentence nor with a colon
     */
    private static boolean headsList(Segment head, Element list) {
        Element before = list.previousElementSibling();
        if (before == null && list.parent() != null && list.parent().firstElementChild() == list) {
            before = list.parent().previousElementSibling();
        }
        if (before == null || !within(head.owner, before)) {
            return false;
        }
        return head.kind == BlockKind.HEADING || (!head.owner.nameIs("p")
                && Texts.words(head.text, TEASER_HEADING_WORDS) <= TEASER_HEADING_WORDS && !Texts.endsSentence(head.text)
                && !Texts.endsWithColon(head.text));
    }

    /** @return {@code url} without its query and fragment: the page it names, whatever the tracking parameters */
    private static String withoutQuery(String url) {
        int end = url.length();
        int q = url.indexOf('?');
        int h = url.indexOf('#');
        if (q >= 0) {
            end = q;
        }
        if (h >= 0 && h < end) {
            end = h;
        }
        return url.substring(0, end);
    }

    /** @return whether {@code e} is {@code ancestor} or lies under it */
    private static boolean within(Element e, Element ancestor) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return whether {@code list} has at least {@value #TEASER_ITEMS} items, each with a link to a page of {@code site}
     *     other than {@code page}, whose longest such link has {@value #TEASER_LINK_WORDS} words or more on average;
     *     none longer than {@value #TEASER_MAX_WORDS} words, {@value #TEASER_WORDS} words long at most on average; and
     *     most of them written as headlines, not sentences: without a closing full stop or question mark ({@link
     *     Texts#endsSentence})
     */
    private static boolean isTeaserList(Element list, String page, String site) {
        int items = 0;
        int words = 0;
        int linkWords = 0;
        int sentences = 0;
        for (Element li : list.children()) {
            if (!li.nameIs("li")) {
                continue;
            }
            items++;
            String text = li.text();
            int w = Texts.words(text, TEASER_MAX_WORDS);
            int lw = linkWordsWithinSite(li, page, site);
            if (w > TEASER_MAX_WORDS || lw == 0) {
                return false;
            }
            words += w;
            linkWords += lw;
            sentences += Texts.endsSentence(text) ? 1 : 0;
        }
        return items >= TEASER_ITEMS && words <= TEASER_WORDS * items && linkWords >= TEASER_LINK_WORDS * items
                && 2 * sentences < items;
    }

    /**
     * @return the words of the longest link under {@code e} to a page of {@code site} other than {@code page} (both
     *     compared without query and fragment); 0 when there is none
     */
    private static int linkWordsWithinSite(Element e, String page, String site) {
        int most = 0;
        for (Element a : e.getElementsByTag("a")) {
            String target = withoutQuery(a.absUrl("href"));
            if (target.startsWith("http") && !target.equals(page) && newsflow.core.Sites.ofUrl(target).equals(site)) {
                most = Math.max(most, Math.max(1, Texts.words(a.text(), TEASER_MAX_WORDS)));
            }
        }
        return most;
    }
}
