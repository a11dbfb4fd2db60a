package newsflow.core.meta;

import java.util.List;
import newsflow.core.dates.PageDate;

/**
 * What the page says about itself, outside its body text.
 *
 * @param canonicalUrl {@code link rel=canonical} or {@code og:url}, absolute, or null
 * @param htmlLang {@code <html lang>} as written, or null
 * @param htmlDir {@code dir} of {@code <html>} or {@code <body>}, or null
 * @param titles every title candidate
 * @param title the chosen headline, or null
 * @param siteName og:site_name or the JSON-LD publisher, or null
 * @param authors author names in page order
 * @param published publication date, or null
 * @param modified last modification date, or null
 * @param description meta or og description, or null
 * @param jsonLdArticleBody JSON-LD {@code articleBody}, or null
 * @param jsonLdLanguage JSON-LD {@code inLanguage}, or null
 * @param nextPageUrl the next page of an article split over several ({@code rel=next} on a {@code <link>} or
 *     {@code <a>}), absolute and on the page's own site, or null
 */
public record PageMetadata(String canonicalUrl, String htmlLang, String htmlDir, TitleCandidates titles, String title,
        String siteName, List<String> authors, PageDate published, PageDate modified, String description,
        String jsonLdArticleBody, String jsonLdLanguage, String nextPageUrl) {
    public PageMetadata {
        authors = List.copyOf(authors);
    }
}
