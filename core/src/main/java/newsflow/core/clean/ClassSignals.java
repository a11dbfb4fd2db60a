package newsflow.core.clean;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class} and {@code id} say about it: the usual names of comment threads,
 * share bars, related-story boxes, bylines, captions and consent layers, and of article bodies.
 * Matching is on the words of each class name (split at {@code -} and {@code _}), language-neutral.
 */
final class ClassSignals {
    private static final Pattern NEGATIVE = Pattern.compile("(?:^|[-_\\s])(comments?|commentlist|disqus|respond|reply|replies|"
            + "sidebar|side|widget|related|relatedposts|recommend(?:ed|ations)?|readalso|read-also|inline-read|more-stories|"
            + "popular|trending|mostread|most-read|share|sharing|sharebar|social|socials|follow|newsletter|subscribe|subscription|"
            + "signup|cookies?|consent|gdpr|banner|promo|advert|advertisement|ads?|sponsor(?:ed)?|breadcrumbs?|pagination|pager|"
            + "footer|masthead|menu|navbar|nav|navigation|toolbar|tags|taglist|byline|author|authors|dateline|timestamp|"
            + "caption|credit|credits|photo|photos|gallery|slideshow|print|skip|modal|popup|overlay|outbrain|taboola|teaser|teasers|"
            + "rating|meta|info)(?:$|[-_\\s])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIVE = Pattern.compile("(?:^|[-_\\s])(article|articlebody|article-body|story|story-body|"
            + "entry|entry-content|post|post-content|post-body|content|body|text|main|detail|details|news|blog)(?:$|[-_\\s])",
            Pattern.CASE_INSENSITIVE);

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

    private static Optional<String> find(Pattern p, Element e) {
        String names = (e.className() + " " + e.id()).trim();
        if (names.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = p.matcher(names);
        return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
