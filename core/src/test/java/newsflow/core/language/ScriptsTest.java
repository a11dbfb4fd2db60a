package newsflow.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Arab | true  | حکومت نے اعلان کیا",
        "Arab | true  | COVID-19: أعلنت الحكومة أن خدمة الحافلات الجديدة ستبدأ",
        "Arab | true  | iPhone ۱۵ در بازار ایران عرضه شد و قیمت آن اعلام شد",
        "Latn | false | The council said the new bus service would start",
        "Latn | false | Karachi: بارش — the city floods again after heavy rain overnight",
        "Cyrl | false | Правительство объявило о новой автобусной службе",
        "Hebr | true  | הממשלה הודיעה על שירות אוטובוסים חדש",
        "Zyyy | false | 2024 — 12:30 (+5)",
    })
    void shouldTakeScriptAndDirectionFromTheCharacters(String script, boolean rtl, String text) {
        assertThat(Scripts.dominantScript(text)).isEqualTo(script);
        assertThat(Scripts.isRightToLeft(text)).isEqualTo(rtl);
    }
}
