package newsflow.core.clean;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class} and {@code id} say about it: the usual names of comment threads,
 * share bars, related-story boxes, bylines, captions and consent layers, and of article bodies.
 * Matching is on the words of each class name (split at {@code -}, {@code _} and spaces, lower-cased),
 * single words and hyphenated pairs, language-neutral; a set lookup per word, no pattern.
 */
final class ClassSignals {
    private static final Set<String> NEGATIVE = Set.of("comment", "comments", "commentlist", "disqus", "respond", "reply",
            "replies", "sidebar", "side", "widget", "related", "relatedposts", "recommend", "recommended",
            "recommendations", "readalso", "read-also", "inline-read", "more-stories", "popular", "trending", "mostread",
            "most-read", "share", "sharing", "sharebar", "social", "socials", "follow", "newsletter", "subscribe",
            "subscription", "signup", "cookie", "cookies", "consent", "gdpr", "banner", "promo", "advert", "advertisement",
            "ad", "ads", "sponsor", "sponsored", "breadcrumb", "breadcrumbs", "pagination", "pager", "footer", "masthead",
            "menu", "navbar", "nav", "navigation", "toolbar", "tags", "taglist", "byline", "author", "authors", "dateline",
            "timestamp", "caption", "credit", "credits", "photo", "photos", "gallery", "slideshow", "print", "skip", "modal",
            "popup", "overlay", "outbrain", "taboola", "teaser", "teasers", "rating", "meta", "info");
    private static final Set<String> POSITIVE = Set.of("article", "articlebody", "article-body", "story", "story-body",
            "entry", "entry-content", "post", "post-content", "post-body", "content", "body", "text", "main", "detail",
            "details", "news", "blog");

    private ClassSignals() {
    }

    /** @return the first negative word in the element's class or id, lower case */
    static Optional<String> negative(Element e) {
        return find(NEGATIVE, e);
    }

    /** @return the first positive word in the element's class or id, lower case */
    static Optional<String> positive(Element e) {
        return find(POSITIVE, e);
    }

    private static Optional<String> find(Set<String> words, Element e) {
        String cls = e.attr("class");
        String id = e.attr("id");
        if (cls.isEmpty() && id.isEmpty()) {
            return Optional.empty();
        }
        String inClass = find(words, cls);
        return Optional.ofNullable(inClass != null ? inClass : find(words, id));
    }

    /** @return the first of {@code words} among the words of {@code names} (a class or id value), or null */
    private static String find(Set<String> words, String names) {
        if (names.isEmpty()) {
            return null;
        }
        names = names.toLowerCase(Locale.ROOT); // the same string when it holds no upper case
        int n = names.length();
        int start = 0;
        String previous = null;
        char previousSeparator = ' ';
        for (int i = 0; i <= n; i++) {
            char c = i < n ? names.charAt(i) : ' ';
            if (c == '-' || c == '_' || Character.isWhitespace(c)) {
                if (i > start) {
                    String word = names.substring(start, i);
                    if (previous != null && previousSeparator == '-' && words.contains(previous + "-" + word)) {
                        return previous + "-" + word;
                    }
                    if (words.contains(word)) {
                        return word;
                    }
                    previous = word;
                } else {
                    previous = null;
                }
                previousSeparator = c;
                start = i + 1;
            }
        }
        return null;
    }
}
