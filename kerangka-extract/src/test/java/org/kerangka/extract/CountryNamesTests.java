package org.kerangka.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CountryNamesTests {

  @Test
  void chinaIsKnownByItsNewsFormsTheJdkNamesAndItsOwnScript() {
    assertThat(CountryNames.formsOf("CN"))
        .contains("China", "Tiongkok", "RRT", "Republik Rakyat Tiongkok", "中国", "中华人民共和国");
  }

  @Test
  void southKoreaIsKnownByKorselKoreaSelatanAndHangul() {
    assertThat(CountryNames.formsOf("kr"))
        .contains("Korsel", "Korea Selatan", "South Korea", "대한민국", "한국")
        .doesNotContain("Korea Utara", "China");
  }

  @Test
  void countriesWithoutCuratedFormsStillHaveTheJdkNames() {
    assertThat(CountryNames.formsOf("IS")).contains("Iceland", "Islandia");
  }

  @Test
  void curatedFormsComeBeforeTheJdkNames() {
    assertThat(CountryNames.formsOf("JP")).first().isEqualTo("Jepang");
  }

  @Test
  void unknownCodesHaveNoFormsAndMalformedOnesAreRejected() {
    assertThat(CountryNames.formsOf("XX")).isEmpty();
    assertThatThrownBy(() -> CountryNames.formsOf("CHN"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
