package org.kerangka.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kerangka.extract.Article;
import org.kerangka.extract.Language;

class JsonArticlesTests {

  @Test
  void joinsIndoSumTokensBySpacesAndParagraphsByABlankLine() {
    Article article =
        JsonArticles.fromLine(
            "{\"id\": \"x\", \"paragraphs\": [[[\"A\", \"b\", \".\"], [\"C\", \".\"]],"
                + " [[\"D\", \"!\"]]]}");

    assertThat(article.text()).isEqualTo("A b . C .\n\nD !");
  }

  @Test
  void textWinsOverParagraphsAndOptionalFieldsAreRead() {
    Article article =
        JsonArticles.fromLine(
            "{\"id\": 7, \"text\": \"T\", \"paragraphs\": [], \"lang\": \"EN\","
                + " \"published\": \"2024-05-06\", \"title\": \"Judul\"}");

    assertThat(article.id()).isEqualTo("7");
    assertThat(article.text()).isEqualTo("T");
    assertThat(article.language()).isEqualTo(Language.EN);
    assertThat(article.published()).hasToString("2024-05-06");
    assertThat(article.title()).isEqualTo("Judul");
  }

  @Test
  void rejectsParagraphsThatAreNotListsOfSentencesOfTokens() {
    assertThatThrownBy(() -> JsonArticles.fromLine("{\"id\": \"x\", \"paragraphs\": [\"flat\"]}"))
        .isInstanceOf(UserError.class)
        .hasMessageStartingWith("bad \"paragraphs\"");
  }

  @Test
  void rejectsLinesThatAreNotObjects() {
    assertThatThrownBy(() -> JsonArticles.fromLine("[1, 2]"))
        .isInstanceOf(UserError.class)
        .hasMessage("not a JSON object");
  }

  @Test
  void theStreamingReaderReadsWhatTheTreeReadsAndLeavesEveryErrorToIt() {
    List<String> lines =
        List.of(
            "{\"id\": \"x\", \"paragraphs\": [[[\"A\", \"b\", \".\"], [\"C\", \".\"]], [],"
                + " [[\"D\", \"!\"]]], \"summary\": [[\"s\"]], \"gold_labels\": [[true]],"
                + " \"category\": \"c\", \"source\": \"kompas\", \"source_url\": \"https://k.id/a\"}",
            "{\"id\": \"y\", \"text\": \"T\", \"url\": \"https://u\", \"source_url\": \"https://s\","
                + " \"outlet\": \"O\", \"source\": \"S\", \"lang\": \"en\", \"published\": \" 2024-05-06\"}",
            "{\"id\": \"z\", \"text\": \"T\", \"paragraphs\": [\"flat\"], \"title\": null}",
            "{\"id\": 7, \"text\": \"T\"}",
            "{\"id\": \"d\", \"text\": \"first\", \"text\": \"second\"}");
    for (String line : lines) {
      assertThat(JsonArticles.locatedFromLine(line))
          .as(line)
          .isEqualTo(JsonArticles.locatedFromTree(line));
    }
    List<String> bad =
        List.of(
            "{\"id\": \"x\", \"paragraphs\": [[[\"A\", 1]]]}",
            "{\"id\": \" \", \"text\": \"T\"}",
            "{\"id\": \"x\", \"text\": \" \"}",
            "{\"id\": \"x\", \"text\": \"T\", \"lang\": \"fr\"}",
            "{\"id\": \"x\", \"text\": \"T\", \"published\": \"5 May\"}",
            "{\"id\": \"x\", \"text\": \"T\", \"url\": 5.5}",
            "{\"id\": \"x\", \"text\": \"T\"",
            "{\"id\": \"e\", \"text\": \"T\"} {\"id\": \"f\"}",
            "\"x\"",
            "");
    for (String line : bad) {
      Throwable streamed = catchThrowable(() -> JsonArticles.locatedFromLine(line));
      Throwable tree = catchThrowable(() -> JsonArticles.locatedFromTree(line));
      assertThat(streamed).as(line).isInstanceOf(UserError.class);
      assertThat(streamed).as(line).hasMessage(tree.getMessage());
    }
  }

  @Test
  void metaWithoutIdKeepsTheFileNameId() {
    Article article =
        JsonArticles.withMeta(
            Article.of("D001", "Teks."), "{\"published\": null, \"lang\": \"id\"}");

    assertThat(article.id()).isEqualTo("D001");
    assertThat(article.language()).isEqualTo(Language.ID);
    assertThat(article.published()).isNull();
  }
}
