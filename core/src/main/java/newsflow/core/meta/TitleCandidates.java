package newsflow.core.meta;

/**
 * Every title a page offers, before choosing; each may be null.
 *
 * @param titleTag text of {@code <title>}
 * @param ogTitle {@code og:title}
 * @param h1 the {@code <h1>} chosen as the headline
 * @param jsonLdHeadline {@code headline} of the JSON-LD article
 */
public record TitleCandidates(String titleTag, String ogTitle, String h1, String jsonLdHeadline) {
}
