package newsflow.core.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CharsetSnifferTest {
    private static final String URDU = "ملک بھر میں شجرکاری مہم کا آغاز";

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void shouldPreferTheBomOverTheHttpCharset() {
        byte[] body = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                ("<html><title>" + URDU + "</title></html>").getBytes(StandardCharsets.UTF_8));
        DecodedText d = CharsetSniffer.decode(body, HttpHead.parse("Content-Type: text/html; charset=windows-1256"));
        assertThat(d.source()).isEqualTo(CharsetSource.BOM);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.text()).startsWith("<html>").contains(URDU).doesNotContain("\uFEFF");
    }

    @Test
    void shouldFindAMetaCharsetFarBeyondTheFirstKilobytes() {
        String html = "<html><head><script>" + "x".repeat(5000) + "</script><meta charset=\"utf-8\"><title>" + URDU
                + "</title></head></html>";
        DecodedText d = CharsetSniffer.decode(html.getBytes(StandardCharsets.UTF_8), HttpHead.parse("Content-Type: text/html"));
        assertThat(d.source()).isEqualTo(CharsetSource.META);
        assertThat(d.text()).contains(URDU);
    }

    @Test
    void shouldReadMetaTagsOneByOneSoMarkupInAnAttributeValueEndsNothing() {
        // "<body>" inside a description is an attribute's text, not the end of the head
        String html = "<html><head><meta name=\"description\" content=\"How to style <body> tags\">"
                + "<meta charset=\"windows-1251\"><title>Test</title></head><body>\u043f\u0440\u0438\u0432\u0435\u0442</body></html>";
        DecodedText d = CharsetSniffer.decode(html.getBytes(Charset.forName("windows-1251")), HttpHead.NONE);
        assertThat(d.source()).isEqualTo(CharsetSource.META);
        assertThat(d.charset()).isEqualTo(Charset.forName("windows-1251"));
        assertThat(d.text()).contains("\u043f\u0440\u0438\u0432\u0435\u0442");
    }

    @Test
    void shouldReadTheSecondHttpEquivMetaWhenTheFirstHasNoCharset() {
        String arabic = "الفريق المحلي يتأهل";
        String html = "<html><head><meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\">"
                + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\"><title>" + arabic
                + "</title></head></html>";
        DecodedText d = CharsetSniffer.decode(html.getBytes(Charset.forName("windows-1256")), HttpHead.NONE);
        assertThat(d.source()).isEqualTo(CharsetSource.META);
        assertThat(d.charset().name()).isEqualTo("windows-1256");
        assertThat(d.text()).contains(arabic);
    }

    @Test
    void shouldFallBackToUtf8WhenTheDeclaredCharsetDoesNotFitTheBytes() {
        byte[] body = ("<p>" + URDU + "</p>").getBytes(StandardCharsets.UTF_8);
        DecodedText d = CharsetSniffer.decode(body, HttpHead.parse("Content-Type: text/html; charset=us-ascii"));
        assertThat(d.text()).contains(URDU);
    }

    @Test
    void shouldDetectWindows1256WithoutAnyDeclaration() {
        String arabic = "أعلنت الحكومة اليوم عن خطة جديدة لتطوير شبكة النقل العام في العاصمة وتحسين الخدمات المقدمة للمواطنين";
        byte[] body = ("<html><body><p>" + arabic + " " + arabic + "</p></body></html>").getBytes(Charset.forName("windows-1256"));
        DecodedText d = CharsetSniffer.decode(body, HttpHead.NONE);
        assertThat(d.source()).isEqualTo(CharsetSource.DETECTED);
        assertThat(d.text()).contains(arabic);
    }

    @Test
    void shouldReadValidUtf8AsUtf8WhateverALegacyLabelSays() {
        String arabic = "مرحبا بكم في الموقع";
        byte[] body = ("<html><body><p>" + arabic + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
        DecodedText d = CharsetSniffer.decode(body, HttpHead.parse("Content-Type: text/html; charset=windows-1256"));
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.text()).contains(arabic);
    }

    @ParameterizedTest
    @CsvSource({"ISO-8859-1, windows-1252", "latin1, windows-1252", "utf8, UTF-8", "cp1256, windows-1256", "x-bogus, ''",
        "gb2312, GBK", "shift_jis, windows-31j", "euc-kr, x-windows-949", "iso-8859-8-i, ISO-8859-8"})
    void shouldMapCharsetLabelsAsBrowsersDo(String label, String expected) {
        assertThat(CharsetSniffer.lookup(label).map(Charset::name).orElse("")).isEqualTo(expected);
    }
}
