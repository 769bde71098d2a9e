package org.kerangka.app.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.kerangka.extract.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option value converters with messages a user can act on. */
final class Converters {
  private Converters() {}

  /** An ISO date, {@code YYYY-MM-DD}. */
  static final class Date implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a date YYYY-MM-DD");
      }
    }
  }

  /** {@code id} or {@code en}. */
  static final class Lang implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      return Language.fromCode(value)
          .orElseThrow(
              () -> new TypeConversionException("'" + value + "' is not a language (id or en)"));
    }
  }
}
