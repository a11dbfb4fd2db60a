package newsflow.core.meta;

import java.util.ArrayList;
import java.util.List;
import newsflow.core.clean.Attrs;
import newsflow.core.clean.DomWalk;
import newsflow.core.clean.Texts;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The elements that metadata and link extraction read, gathered in one walk of the parsed document (each {@code select}
 * is a walk of its own, and a news page has thousands of elements). Every list holds what the selector in its comment
 * would select, in document order; elements are judged by tag first, so most of the page costs one tag comparison. The
 * page it sees has been through {@code RawTextStripper}: no comments, no scripts but JSON-LD, and no {@code <link>}
 * whose relations are all in {@code UnreadMarkup.UNREAD_RELS} (a new reader of a relation takes it out of that set).
 */
public final class PageIndex {
    static final Evaluator PUBLISHED_TIME = QueryParser.parse(
            "time[datetime][itemprop=datePublished], time[pubdate][datetime]");

    private final List<Element> metas = new ArrayList<>();
    private final List<Element> jsonLdScripts = new ArrayList<>();
    private final List<Element> feedLinks = new ArrayList<>();
    private final List<Element> bodyAnchors = new ArrayList<>();
    private final List<Element> bodyH1s = new ArrayList<>();
    private final List<Element> bodyPublishedTimes = new ArrayList<>();
    private final List<Element> bodyDatetimes = new ArrayList<>();
    private final List<Element> bylineCandidates = new ArrayList<>();
    private Element canonical;
    private Element next;

    private PageIndex() {
    }

    /**
     * @param doc the parsed page
     * @param bodyElements shown every element of the body (the body first), in document order, in the same walk
     * @return the index of {@code doc}; later changes to the document are not seen
     */
    public static PageIndex of(Document doc, java.util.function.Consumer<Element> bodyElements) {
        PageIndex index = new PageIndex();
        Element body = doc.body();
        int inBody = 0;
        for (DomWalk.Cursor c = new DomWalk.Cursor(doc); c.next(); ) {
            Node node = c.node();
            if (!c.entering()) {
                if (node == body) {
                    inBody--;
                }
            } else if (node instanceof Element e) {
                if (e == body) {
                    inBody++;
                }
                index.add(doc, e, inBody > 0);
                if (inBody > 0) {
                    bodyElements.accept(e);
                }
            } else {
                c.skipChildren();
            }
        }
        return index;
    }

    private void add(Document doc, Element e, boolean inBody) {
        if (inBody && e.attributesSize() > 0 && (Attrs.get(e, "itemprop").trim().equalsIgnoreCase("author")
                || Attrs.get(e, "rel").trim().equalsIgnoreCase("author") || Texts.containsAsciiIgnoreCase(Attrs.get(e, "class"), "author"))) {
            bylineCandidates.add(e);
        }
        switch (e.normalName()) {
            case "meta" -> {
                if (Attrs.has(e, "content")) {
                    metas.add(e);
                }
            }
            case "link" -> {
                if (!Attrs.has(e, "href") || !Attrs.has(e, "rel")) {
                    return;
                }
                String rel = Attrs.get(e, "rel");
                if (canonical == null && rel.length() == 9 && Texts.regionMatchesAsciiIgnoreCase(rel, 0, "canonical")) {
                    canonical = e;
                }
                if (Texts.containsAsciiIgnoreCase(rel, "alternate")
                        && (Texts.containsAsciiIgnoreCase(Attrs.get(e, "type"), "rss") || Texts.containsAsciiIgnoreCase(Attrs.get(e, "type"), "atom"))) {
                    feedLinks.add(e);
                }
                if (next == null && hasToken(rel, "next")) {
                    next = e;
                }
            }
            case "a" -> {
                if (!Attrs.has(e, "href")) {
                    return;
                }
                if (inBody) {
                    bodyAnchors.add(e);
                }
                if (next == null && Attrs.has(e, "rel") && hasToken(Attrs.get(e, "rel"), "next")) {
                    next = e;
                }
            }
            case "script" -> {
                if (Texts.containsAsciiIgnoreCase(Attrs.get(e, "type"), "application/ld+json")) {
                    jsonLdScripts.add(e);
                }
            }
            case "h1" -> {
                if (inBody) {
                    bodyH1s.add(e);
                }
            }
            case "time" -> {
                if (inBody && e.hasAttr("datetime") && PUBLISHED_TIME.matches(doc, e)) {
                    bodyPublishedTimes.add(e);
                }
                if (inBody && e.hasAttr("datetime")) {
                    bodyDatetimes.add(e);
                }
            }
            default -> {
            }
        }
    }

    /**
     * @return whether the space-separated token list {@code value} (a {@code rel} attribute) holds {@code token}
     *     (ASCII, lower case) with ASCII letters in any case; tokens are split at ASCII whitespace, as HTML splits them
     */
    static boolean hasToken(String value, String token) {
        int n = value.length();
        for (int i = 0; i < n; ) {
            while (i < n && isAsciiWhitespace(value.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isAsciiWhitespace(value.charAt(i))) {
                i++;
            }
            if (i - start == token.length() && Texts.regionMatchesAsciiIgnoreCase(value, start, token)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    /** @return {@code meta[content]} */
    public List<Element> metas() {
        return metas;
    }

    /** @return JSON-LD scripts: {@code script} whose {@code type} holds "application/ld+json" (any case) */
    public List<Element> jsonLdScripts() {
        return jsonLdScripts;
    }

    /** @return RSS/Atom autodiscovery links: {@code link[href]} whose {@code rel} holds "alternate" and {@code type} "rss" or "atom" (any case) */
    public List<Element> feedLinks() {
        return feedLinks;
    }

    /** @return the body's links: {@code body a[href]} */
    public List<Element> bodyAnchors() {
        return bodyAnchors;
    }

    /** @return the body's {@code h1}s */
    List<Element> bodyH1s() {
        return bodyH1s;
    }

    /** @return {@code body time[datetime][itemprop=datePublished], body time[pubdate][datetime]} */
    List<Element> bodyPublishedTimes() {
        return bodyPublishedTimes;
    }

    /**
     * @return the body's elements whose {@code itemprop} or {@code rel} is "author" (any case, trimmed) or whose class
     *     holds "author" (any case): what a byline selector needs one of
     */
    List<Element> bylineCandidates() {
        return bylineCandidates;
    }

    /** @return {@code body time[datetime]} */
    List<Element> bodyDatetimes() {
        return bodyDatetimes;
    }

    /** @return the first {@code link[href]} whose {@code rel} is {@code canonical} (any case), or null */
    Element canonical() {
        return canonical;
    }

    /** @return the first {@code link} or {@code a} with {@code rel=next} and an {@code href}, or null */
    Element next() {
        return next;
    }
}
