package newsflow.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ClassSignalsTest {
    private static Element div(String attrs) {
        return Jsoup.parse("<div " + attrs + ">x</div>").selectFirst("div");
    }

    @Test
    void shouldFindWordsAndHyphenatedPairsInClassAndIdAnyCase() {
        ClassSignals.Memo memo = new ClassSignals.Memo();
        assertThat(memo.negative(div("class='box Read-Also_list'"))).contains("read-also");
        assertThat(memo.negative(div("class='inline-read-more'"))).contains("inline-read");
        assertThat(memo.negative(div("class='c-Comments'"))).contains("comments");
        assertThat(memo.negative(div("id='sidebar\u2003left'"))).contains("sidebar");
        assertThat(memo.negative(div("class='reading readalsoish'"))).isEmpty();
        assertThat(memo.negative(div("class='ad_slot' id='x'"))).contains("ad");
        assertThat(memo.negative(div("class='nrplus-cta-wrap'"))).contains("cta"); // a call to action: subscribe, donate, join
        assertThat(memo.negative(div("class='dictator-actor'"))).isEmpty();
        assertThat(memo.negative(div(""))).isEmpty();
        assertThat(memo.positive(div("class='entry-content wide'"))).contains("entry"); // (the first word counts first)
        assertThat(memo.positive(div("class='story--body'"))).contains("story");
        assertThat(ClassSignals.isPullQuoteBox(div("class='pull-quote'"))).isTrue();
        assertThat(ClassSignals.isPullQuoteBox(div("class='market-quotes'"))).isFalse();
        assertThat(memo.negative(div("class='article-body'"))).isEqualTo(Optional.empty());
    }

    @Test
    void shouldTakeAPositiveWordOnlyFromAClassNameWithoutANegativeOne() {
        ClassSignals.Memo memo = new ClassSignals.Memo();
        // the content of a comment, the comments of an article: comment threads
        assertThat(memo.positive(div("class='comment_content'"))).isEmpty();
        assertThat(memo.negative(div("class='comment_content'"))).contains("comment");
        assertThat(memo.positive(div("class='article-comments'"))).isEmpty();
        assertThat(memo.positive(div("class='comments-area' id='main'"))).contains("main");
        // a layout wrapper's names: content beside a sidebar says both
        assertThat(memo.positive(div("class='content sidebar-left'"))).contains("content");
        assertThat(memo.negative(div("class='content sidebar-left'"))).contains("sidebar");
        assertThat(memo.positive(div("class='content-sidebar-wrap'"))).contains("content");
    }

    @Test
    void shouldReadPageBuildersWidgetNamesByWhatFollowsTheirPrefix() {
        ClassSignals.Memo memo = new ClassSignals.Memo();
        assertThat(memo.negative(div("class='elementor-widget-container'"))).isEmpty();
        // the widget's kind counts for it only when it names a post's body: a text editor holds disclaimers as well
        assertThat(memo.positive(div("class='elementor-widget elementor-widget-theme-post-content'"))).contains("post");
        assertThat(memo.positive(div("class='elementor-widget elementor-widget-text-editor'"))).isEmpty();
        assertThat(memo.positive(div("class='elementor-widget-text-editor content'"))).contains("content");
        assertThat(memo.negative(div("class='elementor-widget elementor-widget-theme-post-content'"))).isEmpty();
        assertThat(memo.negative(div("class='elementor-widget elementor-widget-share-buttons'"))).contains("share");
        assertThat(memo.negative(div("class='so-widget-sow-editor'"))).isEmpty();
        assertThat(memo.negative(div("class='widget widget_recent_entries'"))).contains("widget");
    }
}
