package newsflow.core;

import static newsflow.core.PageExtractorTest.LEAD;
import static newsflow.core.PageExtractorTest.P1;
import static newsflow.core.PageExtractorTest.P2;
import static newsflow.core.PageExtractorTest.run;
import static newsflow.core.PageExtractorTest.runPage;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sentences of the story that look like boilerplate — they open with a word the lexicon lists as a label, or cite
 * their sources in long links — and boilerplate written as sentences: prompts, link lines, the author's contact line.
 * The pages are built as in {@link PageExtractorTest}.
 */
class SentenceOrLabelTest {
    @Test
    void shouldKeepASentenceThatCitesItsSourceInALongLinkButDropLinkLines() {
        String cited = "The suspect was convicted and <a href='/news/sentencing'>sentenced to life in federal prison last Thursday</a>.";
        Extraction e = run("<article><h1>Budget approved</h1><p>" + P1 + "</p><p>" + cited + "</p><p>" + P2 + "</p>"
                + "<p>Also: <a href='/deals'>See our Black Friday coverage</a></p><p><a href='/tags/budget'>Budget</a>, <a href='/tags/city'>City hall</a></p>"
                // link lines written as sentences: a teaser (headline, then standfirst), links after a label or a question
                + "<p><a href='/news/other'>Mayor unveils plan to fix potholes across the city by next summer</a> The proposal would cost $40 million.</p>"
                + "<p>Catch up on the rest of our coverage: <a href='/a'>How the budget was written</a>; <a href='/b'>Who wins and who loses</a>.</p>"
                + "<p>Have a news tip? <a href='/tips'>Send it to our newsroom using this secure form</a> or call us.</p>"
                // a syndication credit
                + "<p>This story was originally published by <a href='https://partner.example'>Partner News Network and is republished here"
                + " with permission</a>.</p></article>");
        assertThat(e.article().paragraphs()).containsExactly(P1, "The suspect was convicted and sentenced to life in federal prison last Thursday.", P2);
        // links after a dash or an abbreviation's dot, and a short link on the sentence's subject, continue the sentence
        List<String> linked = List.of(
                "The plan to cut the budget — <a href='/a'>first reported by the Times last week in detail</a> — would also cut <a href='/b'>funding for the city's two libraries</a>.",
                "Officials from the U.S. <a href='/a'>Department of Housing and Urban Development</a> visited the site.",
                "<a href='/a'>Prime Minister Shehbaz Sharif</a> told <a href='/b'>reporters in Islamabad on Monday</a> that talks would resume.");
        Extraction more = run("<article><h1>Budget approved</h1><p>" + P1 + "</p><p>" + String.join("</p><p>", linked) + "</p><p>" + P2 + "</p></article>");
        assertThat(more.article().paragraphs()).hasSize(5);
    }

    @Test
    void shouldKeepASentenceThatOpensWithAWordOfAnInterfaceLabel() {
        // "home", "share", "comments" and "sponsored" label a page's interface; in a sentence of the story they are prose
        List<String> prose = List.of("Home prices rose 5% in October, the third rise in a row.",
                "Share prices fell 3% on Tuesday after the quarterly report came out.",
                "Comments from the minister drew sharp criticism from the opposition.",
                "Sponsored by the city, the festival runs every weekend through the end of May.");
        // labels, and prompts written as sentences at the story's end, still go; so does an ad label between paragraphs
        String labels = "<p>Share: <a href='https://facebook.com/x'>Facebook</a> <a href='https://x.com/y'>X</a></p><p>Comments (12)</p>"
                + "<p>Home › News › City</p><p>Comments are closed for this article.</p><p>Trending now on City Times.</p>"
                + "<p>Share this article with your friends and family on Facebook and Twitter.</p>"
                + "<p>Subscribe today for unlimited access to all of our award-winning local journalism and more.</p>"
                + "<p>Read more about the budget fight in our earlier coverage.</p>";
        Extraction e = run("<article><h1>Budget approved</h1><p>" + P1 + "</p><p>ADVERTISEMENT Story continues below.</p><p>"
                + String.join("</p><p>", prose) + "</p><p>" + P2 + "</p>" + labels + "</article>");
        List<String> expected = new java.util.ArrayList<>(List.of(P1));
        expected.addAll(prose);
        expected.add(P2);
        assertThat(e.article().paragraphs()).containsExactlyElementsOf(expected);
    }

    @Test
    void shouldKeepUrduAndArabicSentencesThatOpenWithAWordOfAnInterfaceLabel() {
        // "متعلقہ" (related: "the officials concerned") and "شارك" (share: "took part") open news sentences every day
        String urdu = "متعلقہ حکام نے بتایا کہ نئے بجٹ میں سرکاری ملازمین کی تنخواہوں میں دس فیصد اضافہ کیا گیا ہے۔";
        String arabic = "شارك آلاف المتظاهرين في المسيرة التي جابت شوارع العاصمة يوم الجمعة الماضي.";
        String lead = "وفاقی کابینہ نے منگل کے روز نئے مالی سال کے بجٹ کی منظوری دے دی جس میں تعلیم اور صحت کے شعبوں کے لیے اضافی رقم مختص"
                + " کی گئی ہے اور ترقیاتی منصوبوں پر خاص توجہ دی گئی ہے۔";
        Extraction e = runPage("<html lang='ur'><head><title>بجٹ منظور</title></head><body><article><h1>بجٹ منظور</h1><p>" + lead
                + "</p><p>" + urdu + "</p><p>" + arabic + "</p><p>متعلقہ خبریں</p><p>یہ بھی پڑھیں: <a href='/b'>بجٹ پر نئی بحث</a></p></article></body></html>");
        assertThat(e.article().paragraphs()).containsExactly(lead, urdu, arabic);
        // shorter ones, between two of the story's paragraphs: "latest reports", "the share market", "the minister's comments"
        List<String> shorter = List.of("تازہ ترین اطلاعات کے مطابق ہلاکتوں کی تعداد بارہ ہو گئی ہے۔", "شیئر بازار میں آج شدید مندی دیکھی گئی۔",
                "تعليقات الوزير أثارت جدلا واسعا في البرلمان.", "نظرات کارشناسان در این باره متفاوت است.");
        Extraction between = runPage("<html lang='ur'><head><title>بجٹ منظور</title></head><body><article><h1>بجٹ منظور</h1><p>" + lead
                + "</p><p>" + String.join("</p><p>", shorter) + "</p><p>" + lead.replace("منگل", "بدھ") + "</p></article></body></html>");
        assertThat(between.article().paragraphs()).containsAll(shorter);
    }

    @Test
    void shouldDropTheAuthorsClosingContactLineButKeepATipLineForReaders() {
        String tips = "Anyone with information is asked to call police or write to tips@citypolice.example.";
        String shortTips = "Anyone with information should email tips@citypolice.example.";
        Extraction e = runPage("<html><head><title>Budget approved</title><meta name='author' content='Jane Roe'></head><body><article>"
                + "<h1>Budget approved</h1><p>" + LEAD + "</p><p>" + tips + "</p><p>" + shortTips + "</p><p>Jane Roe may be reached at"
                + " jroe@citytimes.example. Follow her on X.</p><p>jroe@citytimes.example</p></article></body></html>");
        assertThat(e.article().paragraphs()).containsExactly(LEAD, tips, shortTips);
        // an author's name inside another word is no mention of the author
        String quality = "Results of the water quality tests are at water@city.example, officials said.";
        Extraction ali = runPage("<html><head><title>Budget approved</title><meta name='author' content='Ali'></head><body><article>"
                + "<h1>Budget approved</h1><p>" + LEAD + "</p><p>" + quality + "</p></article></body></html>");
        assertThat(ali.article().paragraphs()).containsExactly(LEAD, quality);
        // an address after a label, a question or a sentence of a script without case is for readers, not a signature
        List<String> forReaders = List.of("للاستفسار: info@moh.example", "Questions? Email BudgetOffice@city.example",
                "يمكن للمواطنين التواصل عبر البريد info@city.example");
        Extraction readers = run("<article><h1>Budget approved</h1><p>" + LEAD + "</p><p>" + String.join("</p><p>", forReaders) + "</p></article>");
        assertThat(readers.article().paragraphs()).containsExactlyElementsOf(
                java.util.stream.Stream.concat(java.util.stream.Stream.of(LEAD), forReaders.stream()).toList());
        assertThat(e.page().blocks()).filteredOn(b -> b.text().contains("jroe@")).hasSize(2)
                .allSatisfy(b -> assertThat(b.reason()).isEqualTo("contact"));
    }

    @Test
    void shouldKeepTheResultsThatOpenARoundupButDropTheDateline() {
        // short lines with numbers before the prose: a dateline goes, a score and a box score are the story's
        Extraction e = run("<article><h1>Budget approved</h1><p>Updated 3 hours ago</p><p>Palm Bay d. Rockledge 70-44</p>"
                + "<p>Rockledge 14 11 6 15 — 44</p><p>By Jane Doe | 3-5 min read</p><p>۲۲ اسفند ۱۴۰۲ - کد خبر ۱۲۳۴۵۶ - ۳ دقیقه</p>"
                + "<p>" + LEAD + "</p></article>");
        assertThat(e.article().paragraphs()).containsExactly("Palm Bay d. Rockledge 70-44", "Rockledge 14 11 6 15 — 44", LEAD);
    }
}

