package newsflow.core.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleChooserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // title tag | og:title | h1 | site name | chosen
        "Harbour ferry fares cut - and weekend service doubled - The Harbour Herald | - | Harbour ferry fares cut - and weekend service doubled | The Harbour Herald | Harbour ferry fares cut - and weekend service doubled",
        "Harbour ferry fares cut - and weekend service doubled - The Harbour Herald | - | - | The Harbour Herald | Harbour ferry fares cut - and weekend service doubled",
        "خبر عاجل - اردو نیوز | - | خبر عاجل | اردو نیوز | خبر عاجل",
        "City Times: Budget approved | - | - | City Times | Budget approved",
        "Budget approved - City Times | Budget approved | Featured: other story | City Times | Budget approved",
        "Q&A - what the budget means | - | - | City Times | Q&A - what the budget means",
        "Budget approved · Politics · City Times · City Times | - | - | City Times | Budget approved · Politics",
        // a leading part that merely equals a host label is no site name when the rest is no longer than it
        "'Big | Site' | - | - | big | 'Big | Site'",
        "Big: Budget approved after a long debate | - | - | big | Budget approved after a long debate",
        // the site name at both ends: the trailing one goes first, then nothing is left to cut at the front
        "'City Times | City Times' | - | - | City Times | City Times",
        "Budget approved - City Times | - | - | City Times | Budget approved",
    })
    void shouldChooseTheHeadlineAndDropOnlyTheSiteName(String tag, String og, String h1, String site, String expected) {
        assertThat(TitleChooser.choose(new TitleCandidates(tag, og, h1, null), site == null ? List.of() : List.of(site)))
                .isEqualTo(expected);
    }
}
