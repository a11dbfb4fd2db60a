package newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsflow.app.local.TopicReader;
import newsflow.schemas.Article;
import newsflow.schemas.Topics;
import newsflow.schemas.registry.SchemaRegistryClient;
import newsflow.schemas.serde.AvroSerdeConfig;
import newsflow.testkit.EmbeddedStack;
import newsflow.testkit.junit.EmbeddedStackExtension;
import newsflow.testkit.web.StaticSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newsflow crawl} and {@code newsflow enrich} as a user runs them against their own cluster, configured by a file. */
@ExtendWith(EmbeddedStackExtension.class)
class CrawlEnrichCommandsIT {
    @TempDir
    Path tmp;

    @Test
    void shouldCrawlAndEnrichTheSeedSiteWithTheSeparateCommands(EmbeddedStack stack) throws Exception {
        try (StaticSite web = StaticSite.serve(SeedPages.DIR)) {
            Path config = tmp.resolve("newsflow.properties");
            Files.writeString(config, String.join("\n",
                    "bootstrap.servers=" + stack.bootstrapServers(),
                    "schema.registry.url=" + stack.schemaRegistryUrl(),
                    "fetch.host.overrides=" + DemoCommand.SITE_ORIGIN + "=" + web.origin(),
                    "politeness.default.delay.ms=0",
                    "ingest.group.id=commands-it-crawl",
                    "application.id=commands-it-enrich"), StandardCharsets.UTF_8);
            int crawl = new CommandLine(new Main()).execute("crawl", "--config", config.toString(),
                    "--seed", DemoCommand.SITE_ORIGIN + "/", "--until-idle");
            assertThat(crawl).isZero();
            int enrich = new CommandLine(new Main()).execute("enrich", "--config", config.toString(),
                    "--state-dir", tmp.resolve("state").toString(), "--until-caught-up");
            assertThat(enrich).isZero();
            AvroSerdeConfig serde = new AvroSerdeConfig(java.util.Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL,
                    stack.schemaRegistryUrl()));
            Topics topics = Topics.create(new SchemaRegistryClient(serde.clientConfig()), serde);
            List<Article> articles;
            try (TopicReader r = new TopicReader(stack.bootstrapServers())) {
                articles = r.readAll(Topics.ARTICLES, topics.articles());
            }
            List<String> expected = SeedPages.articleFiles().stream().map(f -> DemoCommand.SITE_ORIGIN + "/" + f).toList();
            assertThat(articles).extracting(Article::getCanonicalUrl).containsAll(expected);
            assertThat(web.requests()).extracting(StaticSite.Request::path).doesNotContain("/private/drafts.html");
        }
    }
}
