package org.kerangka.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kerangka.app.KerangkaApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The index lives beside the database and is rebuilt from it when missing at start. */
class IndexRebuildTests {
  @TempDir Path dataDir;

  /** Command-line arguments, because application.yml would override default properties. */
  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(KerangkaApplication.class)
        .web(WebApplicationType.NONE)
        .run(
            "--spring.datasource.url=jdbc:h2:file:"
                + dataDir.resolve("kerangka").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "TRACE_LEVEL_FILE=0",
            "--kerangka.data-dir=" + dataDir.toAbsolutePath(),
            "--kerangka.demo-data=true");
  }

  private static List<String> kinds(ConfigurableApplicationContext context, String query) {
    return context.getBean(Search.class).search(query, 20).stream().map(SearchHit::kind).toList();
  }

  @Test
  void indexDeletedBeforeStartIsRebuiltFromTheDatabase() throws IOException {
    try (ConfigurableApplicationContext first = start()) {
      assertThat(kinds(first, "Tiongkok")).contains("agreement", "organisation");
    }
    Path index = dataDir.resolve("index");
    assertThat(index).isDirectory();
    try (Stream<Path> files = Files.walk(index)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    assertThat(index).doesNotExist();

    try (ConfigurableApplicationContext second = start()) {
      assertThat(kinds(second, "Tiongkok")).contains("agreement", "organisation");
      assertThat(kinds(second, "Ahn Dukgeun")).contains("agreement", "person");
    }
  }

  @Test
  void anUnreadableIndexIsReplacedAndRebuilt() throws IOException {
    try (ConfigurableApplicationContext first = start()) {
      assertThat(kinds(first, "Korsel")).contains("agreement");
    }
    try (Stream<Path> files = Files.list(dataDir.resolve("index"))) {
      for (Path file :
          files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
        Files.writeString(file, "not a Lucene commit");
      }
    }
    try (ConfigurableApplicationContext second = start()) {
      assertThat(second.getBean(LuceneSearch.class).startedEmpty()).isTrue();
      assertThat(kinds(second, "Korsel")).contains("agreement");
    }
  }

  @Test
  void anExistingIndexIsKeptAcrossRestarts() {
    try (ConfigurableApplicationContext first = start()) {
      assertThat(kinds(first, "fotovoltaik")).containsExactly("agreement");
    }
    try (ConfigurableApplicationContext second = start()) {
      assertThat(second.getBean(LuceneSearch.class).startedEmpty()).isFalse();
      assertThat(kinds(second, "fotovoltaik")).containsExactly("agreement");
    }
  }
}
