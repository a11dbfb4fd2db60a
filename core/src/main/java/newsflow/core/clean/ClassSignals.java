package newsflow.core.clean;

import java.util.List;
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
    private static final WordSet NEGATIVE = WordSet.of("comment", "comments", "commentlist", "disqus", "respond", "reply",
            "replies", "sidebar", "side", "widget", "related", "relatedposts", "recommend", "recommended",
            "recommendations", "readalso", "read-also", "inline-read", "more-stories", "popular", "trending", "mostread",
            "most-read", "share", "sharing", "sharebar", "social", "socials", "follow", "newsletter", "subscribe",
            "subscription", "signup", "cookie", "cookies", "consent", "gdpr", "banner", "promo", "advert", "advertisement",
            "ad", "ads", "sponsor", "sponsored", "breadcrumb", "breadcrumbs", "pagination", "pager", "footer", "masthead",
            "menu", "navbar", "nav", "navigation", "toolbar", "tags", "taglist", "byline", "author", "authors", "dateline",
            "timestamp", "caption", "credit", "credits", "photo", "photos", "gallery", "slideshow", "print", "skip", "modal",
            "popup", "overlay", "outbrain", "taboola", "teaser", "teasers", "rating", "meta", "info", "cta",
            // the same in the languages CMS themes are written in: Spanish, Portuguese, French, Italian, German, Dutch,
            // Turkish (Arabic-script sites name their classes in English or in Latin transliteration)
            "comentarios", "commentaires", "commenti", "kommentare", "reacties", "yorumlar", "relacionadas", "relacionados",
            "relacionada", "relacionado", "correlati", "lire-aussi", "voir-aussi",
            "leia-tambem", "veja-tambem", "lea-tambien", "leggi-anche", "compartir", "compartilhar", "partager", "partage",
            "condividi", "teilen", "publicidad", "publicidade", "publicite", "pubblicita", "werbung", "anzeige", "reklam",
            "foto", "fotos", "legende", "legenda", "didascalia", "bildunterschrift", "autor", "auteur", "autore",
            "etiquetas", "schlagworte");
    // (not "pie", "data", "lies": Spanish footers, data tables and French "articles liés" share them with other uses;
    // not the singular "kommentar", "commento", "yorum", "comentario": they also name opinion columns)
    /**
     * Negative words that name readers' comments: in a class name that also holds a positive word, they still say
     * what the element is ({@code comment-content}, {@code article-comments}). Other negative words beside a positive
     * one are layout ({@code content-sidebar-wrap}, {@code elementor-widget-theme-post-content}) and say nothing.
     */
    private static final WordSet COMMENT_WORDS = WordSet.of("comment", "comments", "commentlist", "disqus", "respond",
            "reply", "replies", "comentarios", "commentaires", "commenti", "kommentare", "reacties", "yorumlar");
    private static final WordSet POSITIVE = WordSet.of("article", "articlebody", "article-body", "story", "story-body",
            "entry", "entry-content", "post", "post-content", "post-body", "content", "body", "text", "main", "detail",
            "details", "news", "blog",
            "articulo", "noticia", "cuerpo", "texto", "contenido", "conteudo", "contenu", "corps", "artikel", "inhalt",
            "testo", "contenuto", "corpo");

    /** Classes of the blockquotes social networks' embed codes write (the post's text stays in the page). */
    private static final Set<String> EMBEDDED_POSTS = Set.of("twitter-tweet", "twitter-video", "instagram-media",
            "tiktok-embed", "bluesky-embed", "mastodon-embed", "text-post-media", "reddit-embed-bq", "fb-xfbml-parse-ignore");

    /** Class and id words of pull-quote boxes. */
    private static final WordSet PULL_QUOTES = WordSet.of("pullquote", "pull-quote", "quote");

    /**
     * Words to find, with the lengths they come in by first char: a class word whose first char and length no word
     * has is passed over without building it.
     */
    private record WordSet(Set<String> words, long[] lengthsByFirst, boolean nonAsciiFirst) {
        static WordSet of(String... words) {
            long[] lengths = new long[128];
            boolean nonAscii = false;
            for (String w : words) {
                char c = w.charAt(0);
                if (c >= 128 || w.length() >= 64) {
                    nonAscii = true; // (none today: such a word is always looked up)
                } else {
                    lengths[c] |= 1L << w.length();
                }
            }
            return new WordSet(Set.of(words), lengths, nonAscii);
        }

        /** @return whether {@code s[from, to)} may be one of the words (false: it is not) */
        boolean mayHold(String s, int from, int to) {
            char c = s.charAt(from);
            int length = to - from;
            return c >= 128 || length >= 64 ? nonAsciiFirst : (lengthsByFirst[c] >>> length & 1) != 0;
        }
    }

    private ClassSignals() {
    }

    /** @return whether the element's class or id has a pull-quote word ({@code pullquote}, {@code pull-quote}, {@code quote}) */
    static boolean isPullQuoteBox(Element e) {
        String cls = e.attr("class");
        String id = e.attr("id");
        return (!cls.isEmpty() && find(PULL_QUOTES, cls) != null) || (!id.isEmpty() && find(PULL_QUOTES, id) != null);
    }

    /**
     * @return whether {@code e} is a social post embedded in the page (a {@code blockquote} with the class an embed
     *     code gives it: {@code twitter-tweet}, {@code instagram-media}, …): text the article quotes
     */
    static boolean isEmbeddedPost(Element e) {
        if (!e.nameIs("blockquote")) {
            return false;
        }
        for (String c : e.classNames()) {
            if (EMBEDDED_POSTS.contains(c.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words found per class or id value, for one page: a page repeats its class names (a menu's hundred
     * {@code menu-item}s), so each value is split once. Not thread-safe: one per page.
     */
    static final class Memo {
        private final java.util.Map<String, String> negative = new java.util.HashMap<>();
        private final java.util.Map<String, String> positive = new java.util.HashMap<>();

        /** @return the first negative word in the element's class, else in its id, lower case */
        Optional<String> negative(Element e) {
            return memoized(negative, NEGATIVE, e);
        }

        /**
         * @return the first positive word in the element's class, else in its id, lower case, taken only from a class
         *     name without a comment word: in {@code comment-content} or {@code article-comments} the positive word
         *     names whose comments they are
         */
        Optional<String> positive(Element e) {
            return memoized(positive, null, e);
        }

        /** @param words the words to find; null for the positive words of names without a comment word */
        private static Optional<String> memoized(java.util.Map<String, String> memo, WordSet words, Element e) {
            if (e.attributesSize() == 0) {
                return Optional.empty();
            }
            String cls = Attrs.get(e, "class");
            String id = Attrs.get(e, "id");
            if (cls.isEmpty() && id.isEmpty()) {
                return Optional.empty();
            }
            String inClass = cls.isEmpty() ? null : memo.computeIfAbsent(cls, k -> orEmpty(find(words, k)));
            if (inClass != null && !inClass.isEmpty()) {
                return Optional.of(inClass);
            }
            String inId = id.isEmpty() ? "" : memo.computeIfAbsent(id, k -> orEmpty(find(words, k)));
            return inId.isEmpty() ? Optional.empty() : Optional.of(inId);
        }

        private static String orEmpty(String s) {
            return s == null ? "" : s;
        }
    }

    /**
     * Page builders that name every element a widget: their prefix says nothing of what the element holds, the rest
     * of the name does ({@code elementor-widget-theme-post-content}, {@code elementor-widget-container},
     * {@code elementor-widget-share-buttons}).
     */
    private static final List<String> BUILDER_PREFIXES = List.of("elementor-widget", "siteorigin-widget", "so-widget");

    /** @return {@code names} (lower case) with the page builders' widget prefixes taken out */
    private static String withoutBuilderPrefixes(String names) {
        for (String prefix : BUILDER_PREFIXES) {
            names = names.replace(prefix, " ");
        }
        return names;
    }

    /** The positive pairs: the names of an article's body ({@code post-content}, {@code article-body}, …). */
    private static final WordSet POSITIVE_PAIRS = WordSet.of("article-body", "story-body", "entry-content", "post-content",
            "post-body");

    /**
     * @return {@code names} (lower case) with each class name that starts with a page builder's widget prefix replaced by
     *     the widget's kind when that names an article's body ({@code elementor-widget-theme-post-content} →
     *     {@code -theme-post-content}), else left out: a kind such as {@code text-editor} holds disclaimers and pleas as
     *     often as the story, and counts for no element
     */
    private static String withoutBuilderNames(String names) {
        StringBuilder kept = new StringBuilder(names.length());
        for (String name : names.split("\\s+")) {
            String prefix = BUILDER_PREFIXES.stream().filter(name::startsWith).findFirst().orElse(null);
            if (prefix == null) {
                kept.append(name).append(' ');
            } else if (find(POSITIVE_PAIRS, name.substring(prefix.length())) != null) {
                kept.append(name, prefix.length(), name.length()).append(' ');
            }
        }
        return kept.toString();
    }

    /** @return the first positive word of a class name in {@code names} that holds no comment word, or null */
    private static String findPositive(String names) {
        if (names.contains("widget")) {
            names = withoutBuilderNames(names.toLowerCase(Locale.ROOT));
        }
        String found = find(POSITIVE, names);
        if (found == null || find(COMMENT_WORDS, names) == null) {
            return found; // (the common cases: no positive word, or no comment word at all)
        }
        int n = names.length();
        int start = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || Texts.isJavaWhitespace(names.charAt(i))) {
                if (i > start) {
                    String name = names.substring(start, i);
                    if (find(COMMENT_WORDS, name) == null) {
                        String word = find(POSITIVE, name);
                        if (word != null) {
                            return word;
                        }
                    }
                }
                start = i + 1;
            }
        }
        return null;
    }

    /**
     * @return the first of {@code words} among the words of {@code names} (a class or id value), lower case, or null;
     *     a hyphenated pair of words ("read-also") counts before its second word
     */
    private static String find(WordSet words, String names) {
        if (names.isEmpty()) {
            return null;
        }
        if (words == null) {
            return findPositive(names);
        }
        names = names.toLowerCase(Locale.ROOT); // the same string when it holds no upper case
        if (names.contains("widget")) {
            names = withoutBuilderPrefixes(names);
        }
        int n = names.length();
        int start = 0;
        int previousStart = -1;
        char previousSeparator = ' ';
        for (int i = 0; i <= n; i++) {
            char c = i < n ? names.charAt(i) : ' ';
            if (c == '-' || c == '_' || Texts.isJavaWhitespace(c)) {
                if (i > start) {
                    // after a hyphen the pair is the text from the previous word's start: "read-also"
                    if (previousStart >= 0 && previousSeparator == '-' && words.mayHold(names, previousStart, i)) {
                        String pair = names.substring(previousStart, i);
                        if (words.words().contains(pair)) {
                            return pair;
                        }
                    }
                    if (words.mayHold(names, start, i)) {
                        String word = names.substring(start, i);
                        if (words.words().contains(word)) {
                            return word;
                        }
                    }
                    previousStart = start;
                } else {
                    previousStart = -1;
                }
                previousSeparator = c;
                start = i + 1;
            }
        }
        return null;
    }
}
