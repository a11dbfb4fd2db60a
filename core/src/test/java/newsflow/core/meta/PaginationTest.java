package newsflow.core.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PaginationTest {
    /**
     * @return the pairs of {@code rel-next-pairs.txt}: how CMSs, forums and news sites paginate (WordPress, Joomla, Drupal,
     *     vBulletin, phpBB, Bitrix, Chinese and Japanese news sites, Forbes, tracking and session parameters, AMP,
     *     percent-encoded Arabic, Persian, Chinese and Hindi slugs) and how blogs link their next post
     */
    static List<Object[]> pairs() throws IOException {
        List<Object[]> pairs = new ArrayList<>();
        try (InputStream in = PaginationTest.class.getResourceAsStream("rel-next-pairs.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("Y ") || line.startsWith("N ")) {
                    String rest = line.substring(2);
                    int split = rest.lastIndexOf(" http"); // (the first URL may hold a space)
                    pairs.add(new Object[] {rest.substring(0, split), rest.substring(split + 1), line.charAt(0) == 'Y'});
                }
            }
        }
        assertThat(pairs).hasSizeGreaterThan(100);
        return pairs;
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("pairs")
    void shouldTellTheArticlesNextPageFromTheNextArticle(String url, String next, boolean continues) {
        assertThat(Pagination.continues(url, next)).isEqualTo(continues);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // the ten benchmark pages whose rel=next names the next post
        "https://www.morebikes.co.uk/7908/bike-style-book-soundtrack-review/, https://www.morebikes.co.uk/7917/redant-motorcycle-cleaner-power-clean/",
        "https://blog.givewell.org/2018/09/10/september-2018-open-thread/#comment-949890, https://blog.givewell.org/2018/10/02/publishing-more-frequent-updates-to-our-cost-effectiveness-model/",
        "https://www.bigbrandsystem.com/business-focus/, https://www.bigbrandsystem.com/success-mindset/",
        "http://www.autoracing.com.br/classificacao-nascar/, http://www.autoracing.com.br/pit-babes-super-selecao-010410/",
        "https://www.expapp.com/blog/introducing-junior-gaspard-new-ceo-experience/, https://www.expapp.com/blog/spotlight-marc-sandoval/",
        "https://vortexcannon.org/about-bugs/, https://vortexcannon.org/last-man-2-43-beta/",
        "https://vortexcannon.org/dare-to-play-3-october-pack-2/, https://vortexcannon.org/social-networks/",
        "https://www.morebikes.co.uk/7721/clymer-workshop-manual-review/, https://www.morebikes.co.uk/7733/tech-level-course-help-young-mechanics/",
        "https://www.bigbrandsystem.com/success-mindset/, https://www.bigbrandsystem.com/ready-for-big-league/",
        "https://my6sense.com/2018/02/15/bi-research-shows-mix/, https://my6sense.com/2018/04/26/my6sense-presentation-at-israel-adtech-2018/",
    })
    void shouldNotTakeTheBenchmarkPagesNextPostForANextPage(String url, String next) {
        assertThat(Pagination.continues(url, next)).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"'', ''", "mailto:a@b.example, https://x.example/2", "https://x.example/%zz, https://x.example/%zz/2",
        "http://[::1, http://[::1]/2", "urn:isbn:123, urn:isbn:124"})
    void shouldAnswerWithoutThrowingForWhatIsNoWebUrl(String url, String next) {
        assertThatCode(() -> Pagination.continues(url, next)).doesNotThrowAnyException();
    }
}
