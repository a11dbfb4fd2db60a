package newsflow.core.meta;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import newsflow.core.clean.Attrs;
import newsflow.core.clean.Texts;
import newsflow.core.dates.DateParser;
import newsflow.core.dates.DateSource;
import newsflow.core.dates.PageDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's metadata from JSON-LD, {@code <meta>} tags and the DOM, in that order of trust:
 * titles, authors, publication and modification dates (kept apart), canonical URL, language and
 * direction attributes, description and JSON-LD {@code articleBody}. Runs on the parsed document
 * before boilerplate is pruned (JSON-LD lives in scripts).
 */
public final class MetadataExtractor {
    private static final newsflow.core.UrlNormalizer URLS = new newsflow.core.UrlNormalizer();
    private static final org.jsoup.select.Evaluator SEL_1 = org.jsoup.select.QueryParser.parse("html");
    private static final org.jsoup.select.Evaluator SEL_3 = org.jsoup.select.QueryParser.parse("[itemprop=author], [rel=author], .author-name, .byline .author, .author");
    private static final org.jsoup.select.Evaluator SEL_4 = org.jsoup.select.QueryParser.parse("[itemprop=name]");
    private static final org.jsoup.select.Evaluator ITEM = org.jsoup.select.QueryParser.parse("[itemscope]");
    private static final org.jsoup.select.Evaluator BODY = org.jsoup.select.QueryParser.parse("body");
    private static final org.jsoup.select.Evaluator ARTICLE_OR_MAIN = org.jsoup.select.QueryParser.parse("article, main");
    private static final org.jsoup.select.Evaluator IN_STORY = org.jsoup.select.QueryParser.parse(
            "article, main, [itemprop=articleBody]");
    private static final String[] PUBLISHED_META = {"article:published_time", "og:article:published_time",
        "datepublished", "article.published", "pubdate", "publishdate", "publish-date", "published_time",
        "published-date", "publish_date", "publication_date", "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued", "sailthru.date",
        "parsely-pub-date", "cxenseparse:recs:publishtime", "og:published_time", "release_date"};
    private static final String[] MODIFIED_META = {"article:modified_time", "og:updated_time", "datemodified",
        "article.updated", "lastmod", "last-modified", "dcterms.modified", "modified_time"};
    private static final String[] AUTHOR_META = {"author", "article:author", "parsely-author", "sailthru.author",
        "dc.creator", "dcterms.creator", "byl"};
    private static final Pattern BYLINE_PREFIX = Pattern.compile(
            "^(?i)(by|von|par|por|بقلم|كتب|كتبه|إعداد|رپورٹ|تحریر|از|نویسنده|خبرنگار)\\s*[:：]?\\s+");
    /** Words in a class or id that say an element may hold the date (matched anywhere, any case). */
    private static final String[] DATE_HINTS = {"date", "time", "publish", "posted", "byline", "meta", "info"};

    private MetadataExtractor() {
    }

    /**
     * @param doc the parsed page (scripts still in place)
     * @param index the elements of {@code doc} that metadata is read from ({@link PageIndex#of})
     * @param url the page URL, for resolving relative links and the site's name
     * @param notAfter latest acceptable date (fetch day plus one)
     * @return the metadata; fields the page does not give are null or empty
     */
    public static PageMetadata extract(Document doc, PageIndex index, String url, LocalDate notAfter) {
        Optional<String> declared = absolute(index.canonical(), url);
        JsonLd ld = JsonLd.of(index.jsonLdScripts(), java.util.Arrays.asList(url, declared.orElse(null)));
        Element headline = index.bodyH1s().isEmpty() ? null : index.bodyH1s().get(0);
        MetaTags meta = MetaTags.of(index.metas().stream().filter(m -> isAboutThePage(m, headline)).toList());

        // normalized as the frontier normalizes URLs: a tracking parameter or a fragment in the declared URL gives no second id
        String canonical = declared.filter(c -> CanonicalUrls.mayName(url, c))
                .or(() -> meta.first("og:url").filter(c -> CanonicalUrls.mayName(url, c)))
                .flatMap(URLS::normalize).orElse(null);
        Element html = doc.selectFirst(SEL_1);
        String htmlLang = html == null ? null : blankToNull(html.attr("lang").isEmpty() ? html.attr("xml:lang") : html.attr("lang"));
        String htmlDir = html != null && !html.attr("dir").isBlank() ? html.attr("dir").trim()
                : blankToNull(doc.body().attr("dir"));
        DateParser dates = new DateParser(notAfter, DateParser.writesMonthFirst(htmlLang));

        String siteName = meta.first("og:site_name", "application-name", "twitter:site")
                .or(() -> ld.text("publisher")).orElse(null);
        List<String> siteNames = siteNames(siteName, url);
        String h1 = headline(index.bodyH1s(), meta.first("og:title").orElse(null), ld.text("headline").orElse(null), doc.title(),
                siteNames);
        TitleCandidates titles = new TitleCandidates(blankToNull(doc.title()), meta.first("og:title", "twitter:title").orElse(null),
                h1, ld.text("headline").or(() -> ld.text("name")).orElse(null));
        String title = TitleChooser.choose(titles, siteNames);

        PageDate published = ld.text("datePublished").flatMap(v -> dates.parseStructured(v, DateSource.JSON_LD))
                .or(() -> meta.first(PUBLISHED_META).flatMap(v -> dates.parseStructured(v, DateSource.META)))
                .or(() -> timeElement(index, dates, doc.body()))
                .or(() -> visibleDate(doc, dates))
                .orElse(null);
        PageDate modified = ld.text("dateModified").flatMap(v -> dates.parseStructured(v, DateSource.JSON_LD))
                .or(() -> meta.first(MODIFIED_META).flatMap(v -> dates.parseStructured(v, DateSource.META)))
                .filter(m -> published == null || !isBefore(m, published))
                .orElse(null);

        List<String> authors = authors(ld, meta, doc, index, siteNames);
        return new PageMetadata(canonical, htmlLang, htmlDir, titles, title, siteName, authors, published,
                modified, meta.first("description", "og:description", "twitter:description").orElse(null),
                ld.text("articleBody").orElse(null), ld.text("inLanguage").orElse(null), nextPage(index, url));
    }

    private static String headline(List<Element> h1s, String og, String ld, String titleTag, List<String> siteNames) {
        // each h1's text, cleaned once; a logo set as h1 names the site, not the story ("The GiveWell Blog", "Engadget")
        List<Element> kept = new ArrayList<>(h1s.size());
        List<String> texts = new ArrayList<>(h1s.size());
        for (Element h : h1s) {
            String t = Texts.clean(h.text());
            if (!TitleChooser.isSiteName(t, siteNames)) {
                kept.add(h);
                texts.add(t);
            }
        }
        if (kept.isEmpty()) {
            return null;
        }
        List<String> lower = texts.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        for (String ref : new String[] {og, ld, titleTag}) {
            if (ref == null || ref.isBlank()) {
                continue;
            }
            String r = Texts.clean(ref).toLowerCase(Locale.ROOT);
            for (int i = 0; i < kept.size(); i++) {
                String t = lower.get(i);
                if (!t.isEmpty() && (t.equals(r) || (t.length() >= 8 && r.contains(t)))) {
                    return texts.get(i);
                }
            }
        }
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i).closest(IN_STORY) != null && !texts.get(i).isEmpty()) {
                return texts.get(i);
            }
        }
        return texts.get(0).isEmpty() ? null : texts.get(0);
    }

    /**
     * @param siteNames the site's names: the publisher naming itself as author ("BBC News" on bbc.com, a JSON-LD
     *     Organization author) says nothing of who wrote the story and is left out; a wire agency stays
     */
    private static List<String> authors(JsonLd ld, MetaTags meta, Document doc, PageIndex index, List<String> siteNames) {
        Set<String> out = new LinkedHashSet<>();
        for (String a : ld.authors()) {
            addAuthor(out, a, siteNames);
        }
        if (out.isEmpty()) {
            meta.first(AUTHOR_META).filter(a -> !a.startsWith("http")).ifPresent(a -> addAuthor(out, a, siteNames));
        }
        if (out.isEmpty()) {
            for (Element e : bylineCandidates(index, doc.body())) {
                Element name = e.selectFirst(SEL_4);
                addAuthor(out, (name != null ? name : e).text(), siteNames);
                if (!out.isEmpty()) {
                    break;
                }
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * @return the body's elements matching {@code SEL_3} in document order, outside other content; the selector runs only
     *     on the elements the index found with an {@code itemprop} or {@code rel} of "author" or a class holding
     *     "author" ({@link PageIndex#bylineCandidates}: it needs one of them)
     */
    private static List<Element> bylineCandidates(PageIndex index, Element body) {
        List<Element> out = new ArrayList<>();
        for (Element e : index.bylineCandidates()) {
            if (SEL_3.matches(body, e) && !inOtherContent(e, body)) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * @return whether a {@code <meta>} speaks for the page: it is in the head, or in no microdata item ({@code
     *     itemscope}) of the body, or its item holds the page's first {@code h1} (the article's own item), or the page has
     *     no {@code h1} to tell by. A related story's card in the body carries its own {@code datePublished} and {@code
     *     dateModified}.
     */
    private static boolean isAboutThePage(Element meta, Element headline) {
        Element item = meta.parent() == null ? null : meta.parent().closest(ITEM);
        if (item == null || headline == null || meta.closest(BODY) == null) {
            return true;
        }
        for (Element x = headline; x != null; x = x.parent()) {
            if (x == item) {
                return true;
            }
        }
        return false;
    }

    /** Tags whose content is never the story's byline or date (a page's header and footer: not an article's own). */
    private static final Set<String> OTHER_CONTENT_TAGS = Set.of("aside", "header", "footer", "nav", "figure", "figcaption");
    /**
     * Class and id words of what is never the story's byline or date: readers' comments, other stories. (Not "sidebar"
     * nor "caption": themes put the byline in an article's side column, Engadget in a {@code span.caption}.)
     */
    private static final List<String> OTHER_CONTENT_WORDS = List.of("comment", "related", "recommend", "teaser", "popular",
            "trending");

    /**
     * @return whether {@code e} lies in a part of the page that holds other people's names and other dates: a comment
     *     thread (its commenters), related or popular stories and asides (their authors and dates), a figure (a
     *     photographer), the page's header (today's date) and footer — not an article's own header and footer, which
     *     hold its byline, date and author box
     */
    private static boolean inOtherContent(Element e, Element body) {
        for (Element x = e; x != null && x != body; x = x.parent()) {
            if (isOtherContent(x)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether {@code x} itself is one of the parts {@link #inOtherContent} names */
    private static boolean isOtherContent(Element x) {
        if (OTHER_CONTENT_TAGS.contains(x.normalName())
                && !((x.nameIs("footer") || x.nameIs("header")) && x.closest(ARTICLE_OR_MAIN) != null)) {
            return true;
        }
        if (x.attributesSize() > 0) {
            // ("commentary" names an opinion column, whose byline counts)
            String names = (Attrs.get(x, "class") + " " + Attrs.get(x, "id")).toLowerCase(Locale.ROOT).replace("commentary", "");
            for (String w : OTHER_CONTENT_WORDS) {
                if (names.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return whether {@code names} contains one of {@link #DATE_HINTS}, ASCII letters in any case (one pass over it) */
    static boolean hasDateHint(String names) {
        for (int i = 0; i < names.length(); i++) {
            char c = names.charAt(i);
            // only positions that start a hint are compared: d(ate), t(ime), p(ublish, osted), b(yline), m(eta), i(nfo)
            // (c | 0x20 is one of these letters only for the letter itself, either case)
            switch (c | 0x20) {
                case 'd', 't', 'p', 'b', 'm', 'i' -> {
                    for (String hint : DATE_HINTS) {
                        if (hint.charAt(0) == (c | 0x20) && i + hint.length() <= names.length()
                                && Texts.regionMatchesAsciiIgnoreCase(names, i, hint)) {
                            return true;
                        }
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    private static void addAuthor(Set<String> out, String raw, List<String> siteNames) {
        String a = BYLINE_PREFIX.matcher(Texts.clean(raw)).replaceFirst("").trim();
        if (a.isEmpty() || a.length() > 100) {
            return;
        }
        for (String name : AuthorNames.of(a)) {
            if (!TitleChooser.isSiteName(name, siteNames)) {
                out.add(name);
            }
        }
    }

    private static Optional<PageDate> timeElement(PageIndex index, DateParser dates, Element body) {
        List<Element> times = new ArrayList<>(index.bodyPublishedTimes());
        times.addAll(index.bodyDatetimes());
        for (Element t : times) {
            if (Attrs.get(t, "itemprop").trim().equalsIgnoreCase("dateModified") || inOtherContent(t, body)) {
                continue;
            }
            Optional<PageDate> d = dates.parseStructured(t.attr("datetime"), DateSource.TIME_ELEMENT);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<PageDate> visibleDate(Document doc, DateParser dates) {
        // the first element of the body, in document order, that is a <time> or has a date hint in its class or id
        // and whose text reads as a date; the walk stops there
        for (newsflow.core.clean.DomWalk.Cursor c = new newsflow.core.clean.DomWalk.Cursor(doc.body()); c.next(); ) {
            if (!c.entering() || !(c.node() instanceof Element e)) {
                continue;
            }
            if (isOtherContent(e)) {
                c.skipChildren(); // (a related story's date, today's date in the page's header)
                continue;
            }
            // (class and id matched apart: the hint words hold no space, so none spans the two)
            if (!e.nameIs("time") && !hasDateHint(Attrs.get(e, "class")) && !hasDateHint(Attrs.get(e, "id"))) {
                continue;
            }
            // Own text only (a <time>'s whole text): wrappers would copy their whole subtree.
            String text = Texts.clean(e.nameIs("time") ? e.text() : e.ownText());
            if (text.isEmpty() || text.length() > 200) {
                continue;
            }
            Optional<PageDate> d = dates.parseText(text, DateSource.VISIBLE_TEXT);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /**
     * @return whether {@code a} comes before {@code b}: by the instant when both have a zone, else by the calendar day (a
     *     modification "before" publication is a scheduled post's save time, not a change, and is not emitted)
     */
    static boolean isBefore(PageDate a, PageDate b) {
        if (a.offsetDateTime() != null && b.offsetDateTime() != null) {
            return a.offsetDateTime().isBefore(b.offsetDateTime());
        }
        return a.date().isBefore(b.date());
    }

    /**
     * @return the next page of a split article ({@code rel=next}), absolute, on the page's own site, when its URL
     *     continues this page's ({@link Pagination#continues}: blogs mark the link to the next post {@code rel=next}
     *     too); null if none
     */
    private static String nextPage(PageIndex index, String url) {
        Optional<String> next = absolute(index.next(), url);
        if (next.isEmpty() || next.get().equals(url) || !newsflow.core.Sites.ofUrl(next.get()).equals(newsflow.core.Sites.ofUrl(url))
                || !Pagination.continues(url, next.get())) {
            return null;
        }
        return next.get();
    }

    private static Optional<String> absolute(Element link, String base) {
        if (link == null) {
            return Optional.empty();
        }
        String abs = link.absUrl("href");
        if (abs.isEmpty() && base != null) {
            try {
                abs = URI.create(base).resolve(link.attr("href").trim()).toString();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return abs.isEmpty() ? Optional.empty() : Optional.of(abs);
    }

    private static List<String> siteNames(String siteName, String url) {
        List<String> names = new ArrayList<>();
        if (siteName != null) {
            names.add(siteName);
        }
        try {
            String host = URI.create(url).getHost();
            if (host != null) {
                String h = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
                names.add(h);
                int dot = h.indexOf('.');
                if (dot > 0) {
                    names.add(h.substring(0, dot));
                }
            }
        } catch (IllegalArgumentException ignored) {
            // no host to learn a name from
        }
        return names;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
