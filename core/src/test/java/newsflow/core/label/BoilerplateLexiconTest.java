package newsflow.core.label;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoilerplateLexiconTest {
    private final BoilerplateLexicon lexicon = BoilerplateLexicon.defaults();

    @Test
    void shouldMatchPhrasesWhateverTheCompatibilityFormsCaseAndArabicVariants() {
        // fullwidth Latin, Arabic presentation forms, Arabic yeh and kaf for Persian ones, harakat, tatweel
        assertThat(BoilerplateLexicon.fold("Ｒｅｌａｔｅｄ  Articles!")).isEqualTo("related articles");
        assertThat(BoilerplateLexicon.fold("\ufedf\ufe8e")).isEqualTo(BoilerplateLexicon.fold("لا"));
        assertThat(BoilerplateLexicon.fold("مـواضِيع ذات صلة")).isEqualTo(BoilerplateLexicon.fold("مواضيع ذات صلة"));
        assertThat(BoilerplateLexicon.fold("يه بهي پڑھيں")).isEqualTo(BoilerplateLexicon.fold("یہ بھی پڑھیں"));
        assertThat(lexicon.whole("یہ بھی پڑھیں:")).isPresent();
        assertThat(lexicon.prefix("اقرأ أيضاً: خبر آخر")).isPresent();
        assertThat(lexicon.whole("The council met on Tuesday")).isEmpty();
    }

    @Test
    void shouldFoldAsNfkcThenLowerCaseWouldForAnyText() {
        // the quick check that skips the normalizer must never skip a text NFKC changes
        char[] pool = {'a', 'Ａ', 'ﬁ', 'é', 'É', 'e', '\u0301', '\u0627', '\u0653', 'ﻻ', '²', 'Ⅻ', '\u1100', '\u1161', ' ', 'ي', 'ك',
            'B', 'Ÿ', 'ÿ', 'µ', '¼', 'İ', 'Σ', 'ß', 'Ǆ'};
        java.util.Random r = new java.util.Random(9);
        for (int n = 0; n < 30_000; n++) {
            char[] c = new char[1 + r.nextInt(6)];
            for (int i = 0; i < c.length; i++) {
                c[i] = pool[r.nextInt(pool.length)];
            }
            String s = new String(c);
            String normalized = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC);
            assertThat(BoilerplateLexicon.fold(s)).as(s).isEqualTo(BoilerplateLexicon.fold(normalized));
            // and lower case as String.toLowerCase gives it: folding the lower-cased text changes nothing
            assertThat(BoilerplateLexicon.fold(normalized.toLowerCase(java.util.Locale.ROOT))).as(s)
                    .isEqualTo(BoilerplateLexicon.fold(normalized));
        }
    }

    @org.junit.jupiter.api.Test
    void shouldFoldAsciiTextAndPunctuationToLowerCaseWordsBetweenSingleSpaces() {
        java.util.Random r = new java.util.Random(21);
        String pool = "aZz09 -_.,!?'\"\t\n|/AmQ\u00a0\u00ab\u00bb\u00b7\u2010\u2013\u2014\u2019\u201c\u2022\u2026\u2027";
        for (int n = 0; n < 20_000; n++) {
            char[] c = new char[r.nextInt(12)];
            for (int i = 0; i < c.length; i++) {
                c[i] = pool.charAt(r.nextInt(pool.length()));
            }
            String s = new String(c);
            assertThat(BoilerplateLexicon.fold(s)).as(s)
                    .isEqualTo(s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim());
            // the punctuation folds as the general path folds it, beside a letter of another script
            assertThat(BoilerplateLexicon.fold(s + " ب")).as(s).isEqualTo((BoilerplateLexicon.fold(s) + " ب").trim());
        }
    }

    @org.junit.jupiter.api.Test
    void shouldFindTheSamePhrasesOfItsCategoriesWhenRestrictedToThem() {
        BoilerplateLexicon all = BoilerplateLexicon.defaults();
        java.util.List<String> categories = java.util.List.of("cookie", "copyright", "newsletter");
        BoilerplateLexicon notices = all.restrictedTo(categories);
        for (String text : java.util.List.of("We use cookies to improve your experience. Sign up for our newsletter",
                "Related articles: subscribe to our newsletter. © 2024 All rights reserved.",
                "مواضيع ذات صلة اشترك في النشرة الإخبارية", "Share this article", "")) {
            String f = BoilerplateLexicon.folded(text);
            assertThat(notices.containsEachFolded(f, categories)).as(text).isEqualTo(all.containsEachFolded(f, categories));
        }
        assertThat(notices.containsEachFolded(BoilerplateLexicon.folded("We use cookies on this site"), categories))
                .extracting(BoilerplateLexicon.Entry::category).containsExactly("cookie");
        assertThat(notices.whole("Share this article")).isEmpty();
    }
}
