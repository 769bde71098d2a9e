package org.kerangka.extract;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One news article or press release to read.
 *
 * @param id a stable id (file name without extension, a URL hash ...)
 * @param text the article text exactly as given; evidence offsets index this string
 * @param language the language if known, otherwise detected
 * @param published the publication date, used to resolve "Jumat (8/9)", "kemarin", "on Tuesday"
 * @param title the headline, if known separately from the text
 */
public record Article(
    String id,
    String text,
    @Nullable Language language,
    @Nullable LocalDate published,
    @Nullable String title) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id must not be blank");
    }
  }

  /** An article with only an id and a text. */
  public static Article of(String id, String text) {
    return new Article(id, text, null, null, null);
  }

  public Article withLanguage(@Nullable Language value) {
    return new Article(id, text, value, published, title);
  }

  public Article withPublished(@Nullable LocalDate value) {
    return new Article(id, text, language, value, title);
  }

  public Article withTitle(@Nullable String value) {
    return new Article(id, text, language, published, value);
  }
}
