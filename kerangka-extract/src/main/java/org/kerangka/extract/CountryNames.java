package org.kerangka.extract;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.kerangka.extract.internal.gazetteer.Gazetteer;

/**
 * The names a country goes by in the news, from the library's bundled country table: curated forms
 * such as "RRT", "Tiongkok", "Korsel" or "中国" and the JDK's Indonesian and English names. Useful to
 * let a search for any of them find records that only carry the ISO code.
 */
public final class CountryNames {
  private CountryNames() {}

  /**
   * All names and news forms of a country, curated forms first; empty for a code the table does not
   * know.
   *
   * @param iso2 an ISO 3166-1 alpha-2 code, in any case ("CN", "kr")
   * @throws IllegalArgumentException when {@code iso2} is not two ASCII letters
   */
  public static Set<String> formsOf(String iso2) {
    String code = iso2.strip().toUpperCase(Locale.ROOT);
    if (!code.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: '" + iso2 + "'");
    }
    return Collections.unmodifiableSet(new LinkedHashSet<>(Gazetteer.bundled().countryForms(code)));
  }
}
