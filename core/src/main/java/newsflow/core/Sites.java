package newsflow.core;

import crawlercommons.domains.EffectiveTldFinder;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Names the site a URL belongs to: its registrable domain (eTLD+1 from the Public Suffix List, via
 * crawler-commons' {@link EffectiveTldFinder}), so {@code news.bbc.co.uk} and {@code www.bbc.co.uk}
 * are one site, {@code bbc.co.uk}. A host whose suffix the list does not know (a reserved TLD such as
 * {@code .test} or {@code .example}) is named by the host itself without the leading labels that only
 * name another rendering of the same site ({@code www.}, {@code m.}, {@code amp.}, {@code mobile.}).
 * An IP address is its own site. The frontier and news.pages are keyed by site, and a canonical URL is
 * accepted only within the page's site.
 */
public final class Sites {
    /** Leading labels that name another rendering of the same site. */
    static final Set<String> RENDERING_LABELS = Set.of("www", "m", "amp", "mobile");

    private Sites() {
    }

    /**
     * @param url an absolute URL
     * @return its site, lower case; the URL itself when it has no host
     */
    public static String ofUrl(String url) {
        try {
            String host = URI.create(url.trim()).getHost();
            return host == null ? url : ofHost(host);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /**
     * @param host a host name or IP address
     * @return its site, lower case
     */
    public static String ofHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.startsWith("[") || isDigitsAndDots(h)) {
            return h;
        }
        String d = EffectiveTldFinder.getAssignedDomain(h, true, false); // strict; private suffixes (blogspot.com) count
        if (d != null && !d.isEmpty() && !d.equals(h.substring(h.lastIndexOf('.') + 1))) {
            return d;
        }
        String s = h;
        int dot;
        while ((dot = s.indexOf('.')) > 0 && s.indexOf('.', dot + 1) > 0 && RENDERING_LABELS.contains(s.substring(0, dot))) {
            s = s.substring(dot + 1);
        }
        return s;
    }

    /** @return whether {@code h} is non-empty and holds ASCII digits and dots only (an IPv4 address, or what looks like one) */
    private static boolean isDigitsAndDots(String h) {
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (!(c == '.' || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return !h.isEmpty();
    }
}
