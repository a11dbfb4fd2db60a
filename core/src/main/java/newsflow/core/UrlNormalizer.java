package newsflow.core;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * URL normalization for the frontier and for the canonical URLs articles are keyed by: crawler-commons' {@link BasicURLNormalizer} (lower-case scheme
 * and host, default port dropped, path dot-segments resolved, percent-encoding normalized, fragment
 * dropped, query parameters sorted) plus removal of the tracking parameters it keeps ({@code utm_*},
 * {@code fbclid}, {@code gclid}, {@code ref}, …), so one page has one frontier key and one article id. Thread-safe.
 */
public final class UrlNormalizer {
    /** Query parameters that only track the visitor; removed. */
    static final List<String> TRACKING_PARAMETERS = List.of("utm_source", "utm_medium", "utm_campaign", "utm_term",
            "utm_content", "utm_id", "utm_name", "utm_reader", "utm_referrer", "utm_social", "utm_social-type",
            "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid", "_ga", "_gl",
            "ref", "ref_src", "ref_url", "cmpid", "ocid", "smid", "at_medium", "at_campaign");
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "(?i).*\\.(jpe?g|png|gif|webp|svg|ico|bmp|tiff?|mp[34]|m4a|wav|ogg|webm|avi|mov|zip|gz|tgz|rar|7z|exe|dmg|"
            + "apk|css|js|woff2?|ttf|eot|pdf|docx?|xlsx?|pptx?)$");

    private final BasicURLNormalizer normalizer = BasicURLNormalizer.newBuilder()
            .queryParamsToRemove(TRACKING_PARAMETERS).build();

    /**
     * @param url an absolute URL
     * @return the normalized URL, or empty when it is not an absolute http(s) URL
     */
    public Optional<String> normalize(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String lower = url.trim().toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return Optional.empty();
        }
        String n = normalizer.filter(url.trim());
        return Optional.ofNullable(n);
    }

    /**
     * @param name a query parameter's name
     * @return whether it only tracks the visitor ({@link #TRACKING_PARAMETERS}, and any {@code utm_*}): the normalizer
     *     removes it
     */
    public static boolean isTrackingParameter(String name) {
        return name.startsWith("utm_") || TRACKING_PARAMETERS.contains(name);
    }

    /** @return whether the URL's path names a file that is never a page (images, media, archives, PDFs, scripts) */
    public static boolean looksLikeNonPage(String url) {
        try {
            String path = URI.create(url).getPath();
            return path != null && NOT_A_PAGE.matcher(path).matches();
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /** @return the lower-case host of {@code url}; empty when it has none */
    public static Optional<String> host(String url) {
        try {
            String h = URI.create(url).getHost();
            return Optional.ofNullable(h).map(x -> x.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * @param host a host name
     * @return its site, the registrable domain ({@link newsflow.core.Sites#ofHost})
     */
    public static String site(String host) {
        return newsflow.core.Sites.ofHost(host);
    }
}
