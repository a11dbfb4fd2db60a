package newsflow.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {
    @Test
    void shouldTakeForSpaceWhatJavaTakesForWhitespaceOrSpaceAndEveryControlCharacter() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean expected = Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
            assertThat(Texts.isSpace((char) c)).as("U+%04X", c).isEqualTo(expected);
        }
    }

    @Test
    void shouldTakeForJavaWhitespaceWhatCharacterDoes() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(Texts.isJavaWhitespace((char) c)).as("U+%04X", c).isEqualTo(Character.isWhitespace(c));
        }
    }

    @Test
    void shouldCollapseEverySpaceAndControlRunToOneSpaceAndKeepZwnj() {
        assertThat(Texts.clean("\u00a0 a\u2003\u2003b\u0085c\u3000\u200cd\t\n")).isEqualTo("a b c \u200cd");
        assertThat(Texts.clean("plain ascii text")).isSameAs("plain ascii text");
        assertThat(Texts.clean("\ufeffx\ufffdy\u200bz")).isEqualTo("xyz");
    }

    @Test
    void shouldCountLettersAndDigitsByCodePointAndWordsBetweenWhitespace() {
        assertThat(Texts.letters("ab 12 — 𝐀!")).isEqualTo(5);
        assertThat(Texts.words("  one two\u2003three ")).isEqualTo(3);
        assertThat(Texts.words("")).isEqualTo(1);
        java.util.Random r = new java.util.Random(5);
        char[] pool = {'a', 'Z', '7', ' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\u2028', 'ب', '.', '\u001c'};
        for (int n = 0; n < 20_000; n++) {
            char[] c = new char[r.nextInt(14)];
            for (int i = 0; i < c.length; i++) {
                c[i] = pool[r.nextInt(pool.length)];
            }
            String s = new String(c);
            int expected = (int) java.util.Arrays.stream(s.split("[\\s\\x1c-\\x1f\\u1680\\u2000-\\u2006\\u2008-\\u200a\\u2028\\u2029\\u205f\\u3000]+"))
                    .filter(w -> !w.isEmpty()).count();
            assertThat(Texts.words(s)).as(s).isEqualTo(Math.max(1, expected));
            int limit = r.nextInt(5) - 1;
            assertThat(Texts.words(s, limit)).as(s).isEqualTo(Math.max(1, Math.min(expected, limit + 1)));
        }
    }

    @Test
    void shouldCountTheCleanedLengthAsCleanGivesIt() {
        java.util.Random r = new java.util.Random(11);
        char[] pool = {'a', 'B', ' ', ' ', '\t', '\n', '\u007f', '\u0001', '.', '\u00a0', '\u200b', '\ufeff', 'e', '\u0301', '\u3000'};
        for (int n = 0; n < 50_000; n++) {
            char[] c = new char[r.nextInt(10)];
            for (int i = 0; i < c.length; i++) {
                c[i] = pool[r.nextInt(n % 2 == 0 ? 8 : pool.length)];
            }
            String s = new String(c);
            assertThat(Texts.cleanLength(s)).as("%s", s.chars().mapToObj(Integer::toHexString).toList()).isEqualTo(Texts.clean(s).length());
            assertThat(Texts.clean(new StringBuilder(s))).isEqualTo(Texts.clean(s));
        }
    }

    @Test
    void shouldReturnNfcWhateverMarksAndJamoTheTextHolds() {
        // combining acute and cedilla (out of order too), Arabic alef + madda / hamza, Hangul jamo, a Devanagari nukta
        char[] pool = {'e', 'a', '\u0301', '\u0327', '\u0627', '\u0653', '\u0654', '\u064b', '\u1100', '\u1161', '\u11a8',
            '\u0915', '\u093c', '\u00e9', '\u2126', ' '};
        java.util.Random r = new java.util.Random(5);
        for (int n = 0; n < 50_000; n++) {
            char[] c = new char[1 + r.nextInt(6)];
            for (int i = 0; i < c.length; i++) {
                c[i] = pool[r.nextInt(pool.length)];
            }
            String cleaned = Texts.clean(new String(c));
            assertThat(cleaned).isEqualTo(java.text.Normalizer.normalize(cleaned, java.text.Normalizer.Form.NFC));
        }
        assertThat(Texts.clean("e\u0301t\u00e9")).isEqualTo("\u00e9t\u00e9");
        assertThat(Texts.clean("\u0627\u0653")).isEqualTo("\u0622");
    }
}
