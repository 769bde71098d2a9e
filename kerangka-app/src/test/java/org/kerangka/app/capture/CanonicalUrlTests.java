package org.kerangka.app.capture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanonicalUrlTests {
  @Test
  void dropsTrackingParametersFragmentsWwwAndTrailingSlashes() {
    String canonical = "https://news.example.org/2023/09/mou?id=7&page=2";
    assertThat(CanonicalUrl.of("https://news.example.org/2023/09/mou?id=7&page=2"))
        .isEqualTo(canonical);
    assertThat(
            CanonicalUrl.of(
                "http://WWW.News.Example.org:80/2023/09/mou/?page=2&utm_source=fb&id=7&fbclid=x#top"))
        .isEqualTo(canonical);
    assertThat(CanonicalUrl.of("https://m.news.example.org/2023/09/mou/amp?id=7&page=2"))
        .isEqualTo(canonical);
  }

  @Test
  void keepsWhatTellsArticlesApart() {
    assertThat(CanonicalUrl.of("https://a.example.org/x?id=1"))
        .isNotEqualTo(CanonicalUrl.of("https://a.example.org/x?id=2"));
    assertThat(CanonicalUrl.of("https://a.example.org:8443/x"))
        .isEqualTo("https://a.example.org:8443/x");
  }

  @Test
  void nothingForBlankOrNonWebAddresses() {
    assertThat(CanonicalUrl.of(null)).isNull();
    assertThat(CanonicalUrl.of("  ")).isNull();
    assertThat(CanonicalUrl.of("file:///etc/passwd")).isNull();
    assertThat(CanonicalUrl.of("not a url at all")).isNull();
  }
}
