package newsflow.core;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsflow.core.clean.Block;
import newsflow.core.clean.Texts;
import newsflow.core.language.LanguageGuess;
import newsflow.core.language.LanguageIdentifier;
import newsflow.core.language.Scripts;
import newsflow.core.meta.JsonLd;
import newsflow.core.meta.PageMetadata;
import newsflow.core.simhash.SimHash;
import newsflow.core.text.TextStats;

/**
 * Builds the article from cleaned pages: the content blocks in order (pages in order, a block repeated
 * on a later page kept once), or the JSON-LD {@code articleBody} when the DOM holds much less text
 * than it (pages that render their text with JavaScript); then language, script, direction, counts
 * and lead. Pure and deterministic; thread-safe.
 */
public final class ArticleBuilder {
    /** The DOM text must reach this share of JSON-LD articleBody's letters, or articleBody is used. */
    static final double JSON_LD_FALLBACK_SHARE = 0.5;
    /** articleBody shorter than this many letters is never preferred to the DOM. */
    static final int JSON_LD_MIN_LETTERS = 200;
    /** Sentences in the lead at most. */
    static final int LEAD_SENTENCES = 3;

    private static final UrlNormalizer URLS = new UrlNormalizer();
    private final LanguageIdentifier languages = new LanguageIdentifier();

    /**
     * @param pages the article's pages in order (one for most articles)
     * @return the article, or a rejection naming why there is none (no title, no main content)
     */
    public Extraction build(List<CleanedPage> pages) {
        CleanedPage first = pages.get(0);
        PageMetadata meta = first.metadata();
        List<String> paragraphs = new ArrayList<>();
        // a block already on an earlier page (a split article's repeated intro or teaser) is kept once; a
        // page's own repeats are the labeller's to judge
        Set<String> earlierPages = new HashSet<>();
        for (CleanedPage p : pages) {
            List<String> own = new ArrayList<>();
            for (Block b : p.blocks()) {
                if (b.isContent() && !earlierPages.contains(b.text())) {
                    own.add(b.text());
                }
            }
            paragraphs.addAll(own);
            if (pages.size() > 1) {
                earlierPages.addAll(own); // (a page alone has no earlier page: its texts need no hashing)
            }
        }
        String ldBody = meta.jsonLdArticleBody();
        int rawLetters = ldBody == null ? 0 : Texts.letters(ldBody);
        // (the raw body's letters bound its text's: most pages' DOM text is enough without reading the body as HTML)
        if (rawLetters >= JSON_LD_MIN_LETTERS) {
            int domLetters = paragraphs.stream().mapToInt(Texts::letters).sum();
            if (domLetters < rawLetters * JSON_LD_FALLBACK_SHARE) {
                List<String> ldParagraphs = JsonLd.paragraphs(ldBody);
                int ldLetters = ldParagraphs.stream().mapToInt(Texts::letters).sum();
                if (ldLetters >= JSON_LD_MIN_LETTERS && domLetters < ldLetters * JSON_LD_FALLBACK_SHARE) {
                    paragraphs = ldParagraphs;
                }
            }
        }
        if (paragraphs.isEmpty()) {
            return Extraction.rejected(first, "no main content found");
        }
        String title = meta.title();
        if (title == null || title.isBlank()) {
            return Extraction.rejected(first, "no title found");
        }
        String text = String.join("\n", paragraphs);
        String hint = meta.htmlLang() != null ? meta.htmlLang() : meta.jsonLdLanguage();
        Scripts.Profile scripts = Scripts.profile(text);
        LanguageGuess lang = languages.identify(text, hint, scripts.script());
        ULocale locale = new ULocale(lang.code());
        List<String> sentences = TextStats.sentences(text, locale);
        int words = TextStats.words(text, locale);
        // the id's URL: the declared canonical URL (normalized already), else the page's own URL normalized the same way,
        // so that a redirect's utm_* parameters or fragment do not give the article a second id
        String canonical = meta.canonicalUrl() != null ? meta.canonicalUrl() : URLS.normalize(first.url()).orElse(first.url());
        return new Extraction(first, new ArticleText(first.url(), canonical, first.site(), title, meta.authors(),
                meta.published(), meta.modified(), lang.code(), lang.confidence(), scripts.script(),
                scripts.rightToLeft(), paragraphs, words, sentences.size(), TextStats.readingTimeSeconds(words),
                lead(sentences), SimHash.ofText(text)), null);
    }

    private static String lead(List<String> sentences) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sentences.size() && i < LEAD_SENTENCES; i++) {
            if (sb.length() > 0 && sb.length() + sentences.get(i).length() > ArticleText.LEAD_MAX_CHARS) {
                break;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(sentences.get(i));
        }
        return sb.toString();
    }
}
