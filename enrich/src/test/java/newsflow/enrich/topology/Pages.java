package newsflow.enrich.topology;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsflow.schemas.Block;
import newsflow.schemas.BlockKind;
import newsflow.schemas.BlockLabel;
import newsflow.schemas.CharsetSource;
import newsflow.schemas.CleanPage;
import newsflow.schemas.DateSource;
import newsflow.schemas.PageDate;
import newsflow.schemas.TitleCandidates;

/** Hand-made {@link CleanPage} records for topology tests. */
final class Pages {
    private Pages() {
    }

    /** A block: {@code text}, and for boilerplate the reason after a '|' ("Related|lexicon:related"). */
    static CleanPage page(String url, String title, String published, String... blocks) {
        List<Block> bs = new ArrayList<>();
        for (int i = 0; i < blocks.length; i++) {
            String[] parts = blocks[i].split("\\|", 2);
            boolean boilerplate = parts.length == 2;
            bs.add(Block.newBuilder().setText(parts[0]).setKind(BlockKind.PARAGRAPH).setTagPath("body>article>p")
                    .setInMainContainer(!boilerplate).setLinkDensity(boilerplate ? 1.0 : 0.0).setLinkCount(0).setPosition(i)
                    .setLabel(boilerplate ? BlockLabel.BOILERPLATE : BlockLabel.CONTENT).setScore(0.9)
                    .setReason(boilerplate ? parts[1] : null).build());
        }
        return CleanPage.newBuilder()
                .setUrl(url).setFinalUrl(url).setCanonicalUrl(null).setSite("news.example")
                .setFetchedAt(Instant.parse("2024-03-12T10:00:00Z")).setHttpStatus(200)
                .setContentType("text/html; charset=utf-8").setCharset("UTF-8").setCharsetSource(CharsetSource.HTTP_HEADER)
                .setHtmlLang("en").setHtmlDir(null)
                .setTitleCandidates(new TitleCandidates(title, null, title, null)).setTitle(title)
                .setAuthors(List.of("A. Writer"))
                .setPublished(published == null ? null : new PageDate(published, published, DateSource.META))
                .setModified(null).setDescription(null).setSiteName(null).setJsonLdLanguage(null).setJsonLdArticleBody(null)
                .setBlocks(bs).setOutlinks(List.of()).setWarcRecordId(null)
                .build();
    }
}
