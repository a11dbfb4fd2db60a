package newsflow.core.clean;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsflow.core.label.BoilerplateLexicon;
import org.jsoup.nodes.Element;

/**
 * Labels each block CONTENT or BOILERPLATE, with a score and a reason:
 * <ol>
 *   <li>structure: blocks under {@code nav}, {@code aside}, {@code footer}, {@code header}
 *       ({@code structure:<tag>});</li>
 *   <li>class and id of the block's own small containers: comment threads, share bars, related boxes,
 *       bylines, captions, consent layers ({@code class:<word>}); containers holding most of the page
 *       are never judged by their names;</li>
 *   <li>the multilingual lexicon ({@code lexicon:<category>}): a block that is, or starts with, a
 *       boilerplate phrase — unless the phrase opens a sentence of the story ({@link #opensProse}) —, a heading
 *       that names a related/comments/share section (which takes the rest of its section with it), cookie and
 *       copyright notices;</li>
 *   <li>captions ({@code caption});</li>
 *   <li>outside the main region ({@link MainContentFinder}: {@code outside-main});</li>
 *   <li>link-dense blocks ({@code link-dense}), but for a sentence whose links continue it ({@link LinkedProse}), and
 *       repeats of an earlier block ({@code repeated});</li>
 *   <li>lists of teasers for the site's other stories after the story's prose, with their heading
 *       ({@code teaser-list}, {@link TeaserLists}), the author's closing contact line ({@code contact}, {@link
 *       ClosingContacts}), and headings the text would end with ({@code trailing-heading}).</li>
 * </ol>
 */
final class BlockLabeller {
    private static final Set<String> STRUCTURAL = Set.of("nav", "aside", "footer", "header", "menu");
    private static final Set<String> SECTION_CATEGORIES = Set.of("related", "readalso", "comments");
    /** Letters of a link-free block that reads as article prose: a "related" section ends before it. */
    static final int PROSE_LETTERS = 250;
    private static final List<String> NOTICE_CATEGORIES = List.of("cookie", "copyright", "newsletter");
    /** The category of picture credits ("Photo by …", "Illustration by …"): they mark a short line only. */
    static final String PICTURE_CREDIT = "picture-credit";
    /** Categories whose phrases mark a block only when they are all of it. */
    private static final Set<String> WHOLE_ONLY_CATEGORIES = Set.of("ui");
    /** Letters a byline-like line holds at most: "By Jane Doe, Staff Writer | Updated 3:45 PM EST, Nov 19, 2019" has 45. */
    static final int BYLINE_MAX_LETTERS = 100;
    /** Words of a heading the text would end with, at most, for it to go: a longer one is a paragraph set as a heading. */
    static final int TRAILING_HEADING_WORDS = 12;
    /** Elements above an embedded post's blockquote taken for the embed's own wrappers. */
    static final int EMBED_WRAPPERS = 2;

    private final BoilerplateLexicon lexicon;
    /** The lexicon's notice phrases alone: most words of a text start a phrase of some category, few a notice's. */
    private final BoilerplateLexicon notices;

    BlockLabeller(BoilerplateLexicon lexicon) {
        this.lexicon = lexicon;
        this.notices = lexicon.restrictedTo(NOTICE_CATEGORIES);
    }

    /**
     * @param segments the page's blocks in order; labelled in place
     * @param body the page body the blocks came from
     * @param bodyLetters the letters and digits in the body's text
     * @param titles the page's headline as chosen and as each source gives it (the h1 taken for the headline, the
     *     title tag, og:title, JSON-LD headline): a heading that says one of them is the headline, not body text;
     *     nulls are skipped
     * @param authors the page's authors as its metadata names them ({@code PageMetadata#authors}): a closing line that
     *     gives one of them an e-mail address is the author's contact line
     * @param continues whether the article goes on on a next page ({@code rel=next}): its text may then end on a heading
     */
    void label(List<Segment> segments, Element body, int bodyLetters, List<String> titles, List<String> authors, boolean continues) {
        ClassSignals.Memo signals = new ClassSignals.Memo();
        // letters under an element, counted when a verdict needs them (for containers with a negative class word)
        java.util.Map<Element, Integer> letters = new java.util.IdentityHashMap<>();
        java.util.Map<Element, Verdict> verdicts = new java.util.IdentityHashMap<>(4 * segments.size()); // (blocks' ancestors)
        for (Segment s : segments) {
            if (s.kind == BlockKind.CAPTION) {
                s.boilerplate("caption", 0.8);
                continue;
            }
            Verdict v = structural(s.owner, body, bodyLetters, letters, verdicts, signals);
            if (v != Verdict.NONE) {
                s.boilerplate(v.reason, v.confidence);
            }
        }
        lexicon(segments);
        Set<Element> main = MainContentFinder.find(segments, signals);
        // the classes the main region's paragraphs carry: a block outside it with the same class is one of them
        // (a lead paragraph placed in a media container before the body, as some CMSs do)
        java.util.Map<String, Integer> mainClasses = new java.util.HashMap<>();
        for (Segment s : segments) {
            if (!s.isBoilerplate() && !s.owner.className().isEmpty() && inside(s.owner, main)) {
                mainClasses.merge(s.owner.className(), 1, Integer::sum);
            }
        }
        Set<String> foldedTitles = new HashSet<>();
        for (String t : titles) {
            if (t != null && !t.isBlank()) {
                foldedTitles.add(Texts.clean(t).toLowerCase(java.util.Locale.ROOT));
            }
        }
        java.util.Map<String, Segment> firstWithText = new java.util.HashMap<>(2 * segments.size());
        boolean contentStarted = false;
        for (Segment s : segments) {
            s.inMain = inside(s.owner, main) || (!s.owner.className().isEmpty()
                    && mainClasses.getOrDefault(s.owner.className(), 0) >= 3 && s.linkDensity() < 0.5);
            if (!s.inMain) {
                s.boilerplate("outside-main", 0.7);
            }
            if (s.kind == BlockKind.HEADING && foldedTitles.contains(s.text.toLowerCase(java.util.Locale.ROOT))) {
                s.boilerplate("title", 0.95);
            }
            if (s.linkDensity() > 0.5 && s.kind != BlockKind.TABLE_ROW && !LinkedProse.isLinkedProse(s)) {
                s.boilerplate("link-dense", 0.6 + 0.4 * s.linkDensity());
            }
            if (!s.isBoilerplate() && !s.text.isEmpty()) {
                repeat(s, firstWithText);
            }
            if (!s.isBoilerplate() && isCounter(s.text)) {
                s.boilerplate("pager", 0.85);
            }
            if (!s.isBoilerplate() && (isCreditedCaption(s.text) || isCreditLine(s))) {
                s.boilerplate("caption", 0.75);
            }
            if (s.timeChars * 5 >= s.text.length() * 4) {
                s.boilerplate("dateline", 0.85);
            }
            if (!contentStarted && !s.isBoilerplate() && isBylineLike(s)) {
                s.boilerplate("byline", 0.7);
            }
            if (!s.isBoilerplate() && s.letters() >= 80) {
                contentStarted = true;
            }
            if (!s.isBoilerplate()) {
                s.score = Math.min(0.95, 0.5 + (1 - s.linkDensity()) * 0.3 + Math.min(0.15, s.text.length() / 2000.0));
            }
        }
        TeaserLists.label(segments, body);
        if (!continues) {
            ClosingContacts.label(segments, authors);
            trailingHeadings(segments);
        }
    }

    /**
     * Marks the headings the text would end with ({@code trailing-heading}): a story never ends on a heading, so a short
     * one (at most {@value #TRAILING_HEADING_WORDS} words) after the last content block that is no heading heads
     * something that is gone or holds no text — a "Popular on …" video player filled by script, a related box dropped
     * by its class, a comment form — and goes too. Not called for a page the article continues on. A page whose
     * content is all headings keeps them.
     */
    private static void trailingHeadings(List<Segment> segments) {
        int last = segments.size() - 1;
        while (last >= 0 && (segments.get(last).isBoilerplate() || segments.get(last).kind == BlockKind.HEADING)) {
            last--;
        }
        if (last < 0) {
            return;
        }
        for (int i = last + 1; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (!s.isBoilerplate() && Texts.words(s.text, TRAILING_HEADING_WORDS) <= TRAILING_HEADING_WORDS) {
                s.boilerplate("trailing-heading", 0.7);
            }
        }
    }

    /**
     * Judges a block whose text came earlier on the page. A pull quote is dropped wherever it stands (a quote, or a
     * pull-quote box, repeating the paragraph it quotes, before or after it); a long paragraph
     * ({@value #PROSE_LETTERS} letters or more) met twice is a duplicate in the markup (a summary written for two
     * screen sizes), and its later copy goes; shorter repeats stay — an interview's recurring question, a table's
     * repeated header row, a product list's "See it now": the page has them each time, and readers see them.
     */
    private static void repeat(Segment s, java.util.Map<String, Segment> firstWithText) {
        Segment earlier = firstWithText.putIfAbsent(s.text, s);
        if (earlier == null) {
            return;
        }
        if (earlier.isBoilerplate()) {
            // labelled after it was recorded (a byline, a caption): this copy is the first that counts
            firstWithText.put(s.text, s);
            return;
        }
        if (isQuoteLike(s)) {
            s.boilerplate("repeated", 0.8);
        } else if (isQuoteLike(earlier)) {
            earlier.boilerplate("repeated", 0.8);
            firstWithText.put(s.text, s);
        } else if (s.letters() >= PROSE_LETTERS) {
            s.boilerplate("repeated", 0.8);
        }
    }

    /**
     * @return whether the block is a quote, or a paragraph or heading whose element or its parent is a pull-quote box
     *     ({@link ClassSignals#isPullQuoteBox}); table rows and list items never are
     */
    private static boolean isQuoteLike(Segment s) {
        if (s.kind == BlockKind.QUOTE) {
            return true;
        }
        if (s.kind == BlockKind.TABLE_ROW || s.kind == BlockKind.LIST_ITEM) {
            return false;
        }
        return ClassSignals.isPullQuoteBox(s.owner) || (s.owner.parent() != null && ClassSignals.isPullQuoteBox(s.owner.parent()));
    }

    /** A score: two numbers of at most 3 digits joined by a dash, not part of a date ("70-44", not "11-20-2019"). */
    private static final java.util.regex.Pattern SCORE = java.util.regex.Pattern.compile(
            "(?<![\\d/.:\\-–])\\d{1,3}\\s?[-–]\\s?\\d{1,3}(?![\\d/.:\\-–])");
    /** A clock time or a year (Gregorian or Solar Hijri): what a dateline's numbers hold and a results line's do not. */
    private static final java.util.regex.Pattern TIME_OR_YEAR = java.util.regex.Pattern.compile(
            "\\d{1,2}[:.]\\d{2}|(?<!\\d)(?:19|20|13|14)\\d{2}(?!\\d)");
    /** The separators a byline's or a dateline's parts stand between, which a results line does not use. */
    private static final java.util.regex.Pattern BYLINE_SEPARATORS = java.util.regex.Pattern.compile("[|·•:]|\\s-\\s");

    /**
     * A short line before the story starts that carries a number — "Updated 3 hours ago",
     * "14/02/2024 10:05", "By Jane Doe, 3 June", "By Jane Doe | 3-5 min read" — and is no heading, list item or
     * sentence, nor a results line: a score ("Palm Bay d. Rockledge 70-44"), or four numbers or more without a year or a
     * clock time among them (a box score, "Rockledge 14 11 6 15 — 44"), and none of a byline's separators ({@code | · •
     * :}, a spaced hyphen).
     */
    private static boolean isBylineLike(Segment s) {
        if (s.kind == BlockKind.HEADING || s.kind == BlockKind.LIST_ITEM || s.kind == BlockKind.TABLE_ROW) {
            return false;
        }
        String t = s.text;
        // (letters bound too: a paragraph of Chinese or Japanese is one "word" between spaces)
        if (Texts.words(t, 10) > 10 || s.letters() > BYLINE_MAX_LETTERS || Texts.endsSentence(t)
                || t.codePoints().noneMatch(Character::isDigit)) {
            return false;
        }
        if (BYLINE_SEPARATORS.matcher(t).find()) {
            return true; // "By Jane Doe | 3-5 min read", "۲۲ اسفند ۱۴۰۲ - کد خبر ۱۲۳۴۵۶"
        }
        if (SCORE.matcher(t).find()) {
            return false;
        }
        int numbers = 0;
        boolean digit = false;
        for (int i = 0; i < t.length(); i++) {
            boolean d = Character.isDigit(t.charAt(i));
            numbers += d && !digit ? 1 : 0;
            digit = d;
        }
        return numbers < 4 || TIME_OR_YEAR.matcher(newsflow.core.dates.DateParser.digitsToAscii(t)).find();
    }

    /** What an element's own tag, class or id says about the blocks under it. */
    private record Verdict(String reason, double confidence) {
        static final Verdict NONE = new Verdict(null, 0);
    }

    /**
     * @return the verdict of the nearest element from {@code owner} up to (not including) {@code body} that has
     *     one: a structural tag, a {@code figure}, or a negative class or id on a container holding less than half
     *     the page's letters. Memoized per element: the page's blocks share their ancestors.
     */
    private static Verdict structural(Element owner, Element body, int bodyLetters, java.util.Map<Element, Integer> letters,
            java.util.Map<Element, Verdict> verdicts, ClassSignals.Memo signals) {
        java.util.List<Element> pending = new java.util.ArrayList<>();
        Verdict found = Verdict.NONE;
        // Inside an embedded social post, the names of the embed's own wrappers (the EMBED_WRAPPERS elements above
        // its blockquote: div.social-media-embed, WordPress's figure.wp-block-embed > div) say nothing; what stands
        // above them (a comments section, a sidebar) still does. Verdicts found past a post are not memoized.
        boolean quoted = false;
        int wrappers = 0;
        for (Element e = owner; e != null && e != body; e = e.parent()) {
            Verdict known = quoted ? null : verdicts.get(e);
            if (known != null) {
                found = known;
                break;
            }
            if (!quoted) {
                pending.add(e);
            }
            Verdict own = own(e, bodyLetters, letters, wrappers == 0, signals);
            if (own != null) {
                found = own;
                break;
            }
            if (ClassSignals.isEmbeddedPost(e)) {
                quoted = true;
                wrappers = EMBED_WRAPPERS;
            } else if (wrappers > 0) {
                wrappers--;
            }
        }
        for (Element e : pending) {
            verdicts.put(e, found);
        }
        return found;
    }

    /** @return the element's own verdict, or null when it says nothing and its parent decides */
    private static Verdict own(Element e, int bodyLetters, java.util.Map<Element, Integer> letters, boolean byClass,
            ClassSignals.Memo signals) {
        if (STRUCTURAL.contains(e.normalName())) {
            return new Verdict("structure:" + e.normalName(), 0.85);
        }
        if (e.nameIs("figure") && byClass) {
            return new Verdict("caption", 0.8); // (a figure around an embedded post is the embed's wrapper)
        }
        // a negative word counts only where no positive word stands beside it (class="content sidebar-left",
        // "content-sidebar-wrap" say nothing), unless it names comments: "article-comments", "comment-content" do
        Optional<String> neg = byClass ? signals.negative(e) : Optional.empty();
        if (neg.isPresent() && signals.positive(e).isEmpty() && letters.computeIfAbsent(e, Texts::letters) * 2 < bodyLetters) {
            return new Verdict("class:" + neg.get(), 0.75);
        }
        return null;
    }

    private void lexicon(List<Segment> segments) {
        // where the story's paragraphs are (a sentence between two of them is the story's), found when first needed
        int[] storySpan = null;
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            int words = Texts.words(s.text, 80); // (no rule below tells 81 words from more)
            if (words > 80 && s.linkDensity() <= 0.3) {
                continue; // no rule below can label a long, link-free block: skip the folding
            }
            boolean sectionHeading = s.kind == BlockKind.HEADING || words <= 4;
            if (s.isBoilerplate() && !sectionHeading) {
                continue; // labelled already, and no section heading whose section would go with it
            }
            String folded = BoilerplateLexicon.folded(s.text);
            Optional<String> whole = lexicon.wholeFolded(folded);
            if (whole.isPresent()) {
                s.boilerplate("lexicon:" + whole.get(), 0.9);
                if (SECTION_CATEGORIES.contains(whole.get()) && sectionHeading) {
                    dropSection(segments, i, whole.get());
                }
                continue;
            }
            if (s.isBoilerplate()) {
                continue;
            }
            Optional<BoilerplateLexicon.Entry> prefix = lexicon.prefixFolded(folded);
            // interface labels count only as the whole block: "More than 600,000 ..." is prose; "Photos by ..." is a
            // credit only as a short line: "Photos by Planet Labs taken on Tuesday show ..." is prose
            if (prefix.isPresent() && !WHOLE_ONLY_CATEGORIES.contains(prefix.get().category())
                    && (!prefix.get().category().equals(PICTURE_CREDIT)
                            || (words <= CREDIT_LINE_WORDS && !Texts.endsSentence(s.text) && s.kind != BlockKind.LIST_ITEM))
                    && !opensProse(s, words, prefix.get(), i, storySpan == null ? (storySpan = storySpan(segments)) : storySpan)
                    && (words <= 25 || s.linkDensity() > 0.3)) {
                s.boilerplate("lexicon:" + prefix.get().category(), 0.85);
                continue;
            }
            if (words <= 80) {
                for (BoilerplateLexicon.Entry e : notices.containsEachFolded(folded, NOTICE_CATEGORIES)) {
                    if (words <= noticeWords(e.category(), e)) {
                        s.boilerplate("lexicon:" + e.category(), 0.8);
                        break;
                    }
                }
            }
        }
    }

    /** Letters of a paragraph that ends as a sentence and is taken for the story's own, around a sentence {@link #opensProse} judges. */
    static final int STORY_SENTENCE_LETTERS = 80;
    /** Words of a sentence {@link #opensProse} takes for the story's, at least: "ADVERTISEMENT Story continues below." has 4. */
    static final int STORY_SENTENCE_WORDS = 6;
    /** Words of a block that opens with a one-word interface label and still reads as prose wherever it stands, at least. */
    static final int PROSE_OPENING_WORDS = 10;
    /**
     * Categories whose labels are also words prose opens with ("Home prices", "Share prices", "Comments from the
     * minister", "Related charges", "Advertising revenue"; Urdu "متعلقہ حکام", "تازہ ترین اطلاعات", Arabic "شارك آلاف",
     * "إعلان حالة الطوارئ", "آخر الأخبار الواردة", Persian "نظرات کارشناسان", "تبلیغات انتخاباتی"). Prompts to subscribe
     * or read on are never prose.
     */
    private static final Set<String> PROSE_OPENING_CATEGORIES = Set.of("nav", "share", "comments", "related", "ad");

    /**
     * @param at the block's index
     * @param storySpan the first and the last of the story's paragraphs ({@link #storySpan}): a block between them lies
     *     between two paragraphs of the story's
     * @return whether the phrase {@code s} starts with opens a sentence of the story rather than labels what follows it.
     *     The phrase is of {@link #PROSE_OPENING_CATEGORIES}, no sign sets it off ({@link BoilerplateLexicon#isSetOff}:
     *     "Related: …", "Share — …"), and the block reads as a sentence ({@value #STORY_SENTENCE_WORDS} words or more,
     *     ending as a sentence ends, few links); and either it lies between two paragraphs of the story's prose, or the phrase is one word and the
     *     sentence has {@value #PROSE_OPENING_WORDS} words or more. Prompts written as sentences stand at a story's
     *     edges, and are short when they open with one word: "Comments are closed for this article.", "Share this
     *     article with your friends…", "Trending now on City Times." Known limit: a short sentence of that kind at the
     *     story's end goes.
     */
    private static boolean opensProse(Segment s, int words, BoilerplateLexicon.Entry phrase, int at, int[] storySpan) {
        if (words < STORY_SENTENCE_WORDS || s.linkDensity() > 0.3 || !PROSE_OPENING_CATEGORIES.contains(phrase.category()) || !Texts.endsSentence(s.text)
                || BoilerplateLexicon.isSetOff(s.text, phrase)) {
            return false;
        }
        return storySpan[0] < at && at < storySpan[1] || phrase.folded().indexOf(' ') < 0 && words >= PROSE_OPENING_WORDS;
    }

    /**
     * @return the indexes of the first and the last of the story's paragraphs ({@value #STORY_SENTENCE_LETTERS} letters
     *     or more, ending as a sentence ends, not labelled boilerplate), -1 for none
     */
    private static int[] storySpan(List<Segment> segments) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (!s.isBoilerplate() && s.kind == BlockKind.PARAGRAPH && s.letters() >= STORY_SENTENCE_LETTERS && Texts.endsSentence(s.text)) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return new int[] {first, last};
    }

    /**
     * How long a block may be and still be taken for a notice because it contains one of the category's
     * phrases: cookie banners run long and their phrases are specific; "sign up" or "subscribe" also occur in
     * prose ("the company continued to sign up customers"), so a short phrase marks only a short block.
     */
    static int noticeWords(String category, BoilerplateLexicon.Entry phrase) {
        boolean specific = phrase.folded().indexOf(' ') > 0 && phrase.folded().split(" ").length >= 3;
        return switch (category) {
            case "cookie" -> 80;
            case "copyright" -> 40;
            default -> specific ? 40 : 15;
        };
    }

    /** A closing photo credit: "(Image: Getty)", "(Photo: AP)", "صورة: رويترز", "(NASA/JPL-Caltech/ASU)". */
    private static final java.util.regex.Pattern CREDIT_TAIL = java.util.regex.Pattern.compile(
            "(?iu)(?:[(\\[]\\s*(?:image|images|photo|photos|picture|pic|credit|source|foto|صورة|الصورة|تصویر|عکس|فوٹو|فوٹو کریڈٹ)"
                    + "\\s*:[^)\\]]{1,60}[)\\]]"
                    + "|\\(\\s*\\p{Lu}[\\p{L}.&-]*(?:\\s+\\p{Lu}[\\p{L}.&-]*)*(?:\\s*/\\s*\\p{Lu}[\\p{L}.&-]*(?:\\s+\\p{L}[\\p{L}.&-]*)*)+\\s*\\))"
                    + "\\s*$");
    /**
     * A credit line on its own: "Image: YouTube", "Photo: Jane Doe/AP", "صورة: رويترز", "عکس: ایرنا" — a picture label,
     * a colon and at most a few words naming the source ({@link #isCreditLine}).
     */
    private static final java.util.regex.Pattern LABELLED_CREDIT = java.util.regex.Pattern.compile(
            "(?iu)^(?:image|images|photo|photos|photograph|picture|pic|illustration|credit|photo credit|image credit|foto|fotos|"
                    + "imagen|bild|صورة|الصورة|تصوير|تصویر|عکس|فوٹو|فوٹو کریڈٹ)\\s*:\\s*\\S[^:]{0,60}$");
    /** Words a credit line on its own holds at most, its label included. */
    static final int CREDIT_LINE_WORDS = 8;

    /**
     * @return whether the block is a credit line on its own: a paragraph or caption of at most
     *     {@value #CREDIT_LINE_WORDS} words, a picture label, a colon and a source with no digit and no sentence end
     *     ("Image: YouTube"; not the list item "Photo: two recent passport-size photographs." nor "Image: Ubuntu 22.04")
     */
    static boolean isCreditLine(Segment s) {
        if (s.kind != BlockKind.PARAGRAPH && s.kind != BlockKind.CAPTION) {
            return false;
        }
        String t = s.text.trim();
        int colon = t.indexOf(':');
        return colon > 0 && Texts.words(t, CREDIT_LINE_WORDS) <= CREDIT_LINE_WORDS && !Texts.endsSentence(t)
                && t.codePoints().skip(colon).noneMatch(Character::isDigit) && LABELLED_CREDIT.matcher(t).matches();
    }

    /** A caption that ends by naming where the picture comes from: "... keyboard via iFixit". */
    private static final java.util.regex.Pattern VIA_TAIL = java.util.regex.Pattern.compile(
            "(?u)\\svia\\s+\\p{Lu}?[\\p{L}\\d.&-]+(?:\\s+[\\p{L}\\d.&-]+)?$");

    /** @return whether {@code text} is a short caption that ends with its picture's credit */
    static boolean isCreditedCaption(String text) {
        String t = text.trim();
        if (t.isEmpty() || Texts.words(t, 30) > 30) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        // CREDIT_TAIL ends with a bracket, VIA_TAIL holds "via": the patterns run only where they can match
        if ((last == ')' || last == ']') && CREDIT_TAIL.matcher(t).find()) {
            return true;
        }
        // (a "via X" tail never ends in '。', so the CJK stop in endsSentence changes nothing here)
        return t.contains("via") && !Texts.endsSentence(t) && Texts.words(t, 20) <= 20 && VIA_TAIL.matcher(t).find();
    }

    /** "1 of 6", "Image 3 / 23", "صفحة ٢ من ٣", "(2/3)": a gallery or pager counter, in any digits. */
    private static final java.util.regex.Pattern COUNTER = java.util.regex.Pattern.compile(
            "(?iu)^[(\\[]?\\s*(?:image|photo|picture|slide|page|item|صورة|صفحة|الصفحة|تصویر|صفحہ|صفحه)?\\s*"
                    + "\\d{1,3}\\s*(?:of|/|من|از|میں سے)\\s*\\d{1,3}\\s*[)\\]]?$");

    static boolean isCounter(String text) {
        return text.length() <= 40 && COUNTER.matcher(newsflow.core.dates.DateParser.digitsToAscii(text.trim())).matches();
    }

    /** A section heading like "Related articles": the blocks after it in its section are boilerplate too. */
    private static void dropSection(List<Segment> segments, int headingIndex, String category) {
        Segment heading = segments.get(headingIndex);
        Element section = heading.owner.parent();
        if (section == null) {
            return;
        }
        boolean firstInSection = headingIndex == 0 || !inside(segments.get(headingIndex - 1).owner, Set.of(section));
        for (int j = headingIndex + 1; j < segments.size(); j++) {
            Segment next = segments.get(j);
            if (!inside(next.owner, Set.of(section))) {
                break;
            }
            if (!firstInSection && next.kind == BlockKind.HEADING) {
                break;
            }
            if (!category.equals("comments") && next.letters() >= PROSE_LETTERS && next.linkDensity() < 0.1) {
                break;
            }
            next.boilerplate("lexicon:" + category, 0.8);
        }
    }

    static boolean inside(Element e, Set<Element> roots) {
        for (Element cur = e; cur != null; cur = cur.parent()) {
            if (roots.contains(cur)) {
                return true;
            }
        }
        return false;
    }
}
