package newsflow.core;

import java.util.List;
import newsflow.core.dates.PageDate;

/**
 * The article one page (or a multi-page article) holds, enriched: what {@code newsflow extract}
 * prints and what the Avro {@code Article} carries, minus what needs memory across pages.
 *
 * @param url the URL of the (first) page
 * @param canonicalUrl the canonical URL, or {@code url} normalized as the frontier normalizes URLs ({@link UrlNormalizer}) when
 *     the page declares none on its own site
 * @param site the site ({@link Sites}): the registrable domain
 * @param title headline without site-name suffix
 * @param authors author names in page order
 * @param published publication date, or null
 * @param modified last modification date, or null
 * @param language BCP 47 language ({@code ur}, {@code en}); {@code und} when undetermined
 * @param languageConfidence detector probability, 0..1
 * @param script ISO 15924 script code of the text
 * @param rightToLeft whether the text's base direction is right-to-left
 * @param paragraphs the content blocks in order
 * @param wordCount words in the text (ICU word boundaries)
 * @param sentenceCount sentences in the text (ICU sentence boundaries)
 * @param readingTimeSeconds estimated reading time
 * @param lead the first sentences, at most {@value #LEAD_MAX_CHARS} chars unless one sentence is longer
 * @param simhash 64-bit simhash of the text's words ({@link newsflow.core.simhash.SimHash})
 */
public record ArticleText(String url, String canonicalUrl, String site, String title, List<String> authors,
        PageDate published, PageDate modified, String language, double languageConfidence, String script,
        boolean rightToLeft, List<String> paragraphs, int wordCount, int sentenceCount, int readingTimeSeconds,
        String lead, long simhash) {
    /** Length the lead stops growing at, in UTF-16 chars. */
    public static final int LEAD_MAX_CHARS = 300;

    public ArticleText {
        authors = List.copyOf(authors);
        paragraphs = List.copyOf(paragraphs);
    }

    /** @return the text: paragraphs joined by newline */
    public String text() {
        return String.join("\n", paragraphs);
    }

    /** @return {@code rtl} or {@code ltr} */
    public String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }
}
