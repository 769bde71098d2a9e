package org.kerangka.app.web;

import java.util.Locale;

/** Country codes given in requests: two letters of ISO 3166-1, in any case. */
public final class CountryCodes {
  private CountryCodes() {}

  /**
   * The code in capitals.
   *
   * @param field the request field it came in, named in the error
   * @throws InvalidFieldException when it is not two letters
   */
  public static String parse(String field, String value) {
    String code = value.strip();
    if (!code.matches("[A-Za-z]{2}")) {
      throw new InvalidFieldException(field, "must be a two-letter ISO 3166 country code");
    }
    return code.toUpperCase(Locale.ROOT);
  }
}
