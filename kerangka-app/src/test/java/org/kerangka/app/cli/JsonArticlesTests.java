package org.kerangka.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
  void metaWithoutIdKeepsTheFileNameId() {
    Article article =
        JsonArticles.withMeta(
            Article.of("D001", "Teks."), "{\"published\": null, \"lang\": \"id\"}");

    assertThat(article.id()).isEqualTo("D001");
    assertThat(article.language()).isEqualTo(Language.ID);
    assertThat(article.published()).isNull();
  }
}
