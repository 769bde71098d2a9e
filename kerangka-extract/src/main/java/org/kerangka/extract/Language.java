package org.kerangka.extract;

import java.util.Locale;
import java.util.Optional;

/** The two languages the extractor reads. */
public enum Language {
  ID,
  EN;

  /** The ISO 639-1 code used in the JSON output ({@code id} or {@code en}). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code id}/{@code en} (any case, also {@code in}/{@code ind}/{@code eng}). */
  public static Optional<Language> fromCode(String code) {
    return switch (code.strip().toLowerCase(Locale.ROOT)) {
      case "id", "in", "ind", "indonesian", "bahasa" -> Optional.of(ID);
      case "en", "eng", "english" -> Optional.of(EN);
      default -> Optional.empty();
    };
  }
}
