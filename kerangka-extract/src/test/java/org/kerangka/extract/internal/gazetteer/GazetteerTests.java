package org.kerangka.extract.internal.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kerangka.extract.PartyKind;
import org.kerangka.extract.internal.gazetteer.Gazetteer.CountryMatch;
import org.kerangka.extract.internal.gazetteer.Gazetteer.OrgEntry;
import org.kerangka.extract.internal.gazetteer.Gazetteer.OrgMatch;
import org.kerangka.extract.internal.gazetteer.Gazetteer.TitleMatch;

class GazetteerTests {

  private static final String ORG_HEADER = "id\tcountry\tkind\tname\taliases\ttitles\tparent\n";
  private static final String COUNTRY_HEADER = "iso2\tform\n";
  private static final String TITLE_HEADER = "title\tlang\trank\n";

  private final Gazetteer gazetteer = Gazetteer.bundled();

  private static Gazetteer load(String countries, String organisations, String titles) {
    return Gazetteer.load(
        new StringReader(COUNTRY_HEADER + countries),
        new StringReader(ORG_HEADER + organisations),
        new StringReader(TITLE_HEADER + titles));
  }

  private static List<String> ids(List<OrgMatch> matches) {
    return matches.stream().map(m -> m.organisation().id()).toList();
  }

  @Test
  void bundledGazetteerHasAtLeast150OrganisationsAndIsLoadedOnce() {
    assertThat(gazetteer.organisationCount()).isGreaterThanOrEqualTo(150);
    assertThat(Gazetteer.bundled()).isSameAs(gazetteer);
  }

  @Test
  void everyBundledOrganisationFormFindsItsOwnOrganisation() {
    List<String> failures = new ArrayList<>();
    for (OrgEntry org : gazetteer.organisations()) {
      List<String> names = new ArrayList<>(org.aliases());
      names.add(org.name());
      for (String form : names) {
        checkSelfMatch(org, form, false, failures);
      }
      for (String form : org.titleForms()) {
        checkSelfMatch(org, form, true, failures);
      }
      if (org.parent() != null) {
        assertThat(gazetteer.organisation(org.parent())).as(org.id() + " parent").isPresent();
      }
    }
    assertThat(failures).isEmpty();
  }

  private void checkSelfMatch(OrgEntry org, String form, boolean viaTitle, List<String> failures) {
    String normalised = Forms.normalise(form);
    List<OrgMatch> found = gazetteer.findOrganisations(normalised);
    if (found.size() != 1
        || found.get(0).start() != 0
        || found.get(0).end() != normalised.length()
        || !found.get(0).organisation().id().equals(org.id())
        || found.get(0).viaTitle() != viaTitle) {
      failures.add(org.id() + ": '" + form + "' -> " + found);
    }
  }

  @Test
  void bundledOrganisationsHaveTheKindsTheBriefAsksFor() {
    assertThat(gazetteer.organisation("kemenperin").orElseThrow().kind())
        .isEqualTo(PartyKind.GOVERNMENT);
    assertThat(gazetteer.organisation("pln").orElseThrow().kind()).isEqualTo(PartyKind.COMPANY);
    assertThat(gazetteer.organisation("brin").orElseThrow().kind()).isEqualTo(PartyKind.RESEARCH);
    assertThat(gazetteer.organisation("ugm").orElseThrow().kind()).isEqualTo(PartyKind.ACADEMIC);
    assertThat(gazetteer.organisation("kadin").orElseThrow().kind())
        .isEqualTo(PartyKind.ASSOCIATION);
    assertThat(gazetteer.organisation("giz").orElseThrow().kind()).isEqualTo(PartyKind.OTHER);
    assertThat(gazetteer.organisation("pln-nusantara-power").orElseThrow().parent())
        .isEqualTo("pln");
  }

  @Test
  void menperinIsKemenperinThroughATitleForm() {
    List<OrgMatch> found =
        gazetteer.findOrganisations(
            "Menperin Agus Gumiwang Kartasasmita menyaksikan penandatanganan");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).organisation().id()).isEqualTo("kemenperin");
    assertThat(found.get(0).organisation().name()).isEqualTo("Kementerian Perindustrian");
    assertThat(found.get(0).viaTitle()).isTrue();
    assertThat(found.get(0).start()).isZero();
    assertThat(found.get(0).end()).isEqualTo("Menperin".length());
  }

  @Test
  void chineseIndustryMinistryIsMiitNotKemenperin() {
    String text = "Menteri Perindustrian dan Teknologi Informasi (MIIT) RRT Li Lecheng";
    List<OrgMatch> found = gazetteer.findOrganisations(text);
    assertThat(ids(found)).containsExactly("miit", "miit");
    assertThat(found.get(0).viaTitle()).isTrue();
    assertThat(found.get(0).organisation().country()).isEqualTo("CN");
    assertThat(text.substring(found.get(1).start(), found.get(1).end())).isEqualTo("MIIT");
    assertThat(gazetteer.findCountries(text)).extracting(CountryMatch::iso2).containsExactly("CN");

    assertThat(
            ids(
                gazetteer.findOrganisations(
                    "Kementerian Perindustrian dan Teknologi Informasi China dan Kemenperin")))
        .containsExactly("miit", "kemenperin");
  }

  @Test
  void nativeScriptNamesMatchWithoutSpacesAroundThem() {
    assertThat(ids(gazetteer.findOrganisations("与中华人民共和国工业和信息化部签署"))).containsExactly("miit");
    assertThat(ids(gazetteer.findOrganisations("산업통상자원부와 인도네시아"))).containsExactly("motie");
  }

  @Test
  void countryFormsListTheCuratedFormsThenTheJdkNamesOfOneCountryOnly() {
    List<String> forms = gazetteer.countryForms("CN");
    assertThat(forms).startsWith("China", "Tiongkok").contains("RRT", "中国", "Cina");
    assertThat(forms).doesNotContain("Korsel", "Korea");
    assertThat(gazetteer.countryForms("ZZ")).isEmpty();
    Gazetteer small = load("CN\tRRT\n", "", "");
    assertThat(small.countryForms("CN")).first().isEqualTo("RRT");
    assertThat(small.countryForms("CN")).contains("Tiongkok", "China");
  }

  @Test
  void newsFormsOfCountriesResolve() {
    assertThat(gazetteer.countryCode("Tiongkok")).contains("CN");
    assertThat(gazetteer.countryCode("RRT")).contains("CN");
    assertThat(gazetteer.countryCode("China")).contains("CN");
    assertThat(gazetteer.countryCode("Korsel")).contains("KR");
    assertThat(gazetteer.countryCode("Republik Korea")).contains("KR");
    assertThat(gazetteer.countryCode("Korea")).contains("KR");
    assertThat(gazetteer.countryCode("UEA")).contains("AE");
    assertThat(gazetteer.countryCode("tiongkok")).contains("CN");
    assertThat(gazetteer.countryCode("Kenya")).contains("KE");
    assertThat(gazetteer.countryCode("Burkina Faso")).as("from the JDK's names").contains("BF");
    assertThat(gazetteer.countryCode("rrt")).as("acronyms keep their case").isEmpty();
    assertThat(gazetteer.countryCode("Atlantis")).isEmpty();

    String text = "Indonesia dan Tiongkok, RRT, China, Korsel, Republik Korea serta UEA sepakat";
    assertThat(gazetteer.findCountries(text))
        .extracting(CountryMatch::iso2)
        .containsExactly("ID", "CN", "CN", "CN", "KR", "KR", "AE");
  }

  @Test
  void lowerCaseAsInAnEnglishSentenceIsNotTheUnitedStates() {
    String english = "As agreed, the plant will run as soon as possible, as the US said.";
    List<CountryMatch> found = gazetteer.findCountries(english);
    assertThat(found).extracting(CountryMatch::iso2).containsExactly("US");
    assertThat(english.substring(found.get(0).start(), found.get(0).end())).isEqualTo("US");

    assertThat(gazetteer.findCountries("Indonesia dan AS menandatangani MoU"))
        .extracting(CountryMatch::iso2)
        .containsExactly("ID", "US");
    assertThat(gazetteer.findCountries("harga porselen china murah")).isEmpty();
  }

  @Test
  void matchesSitOnWordBoundaries() {
    assertThat(gazetteer.findOrganisations("Kemenperinx")).isEmpty();
    assertThat(gazetteer.findOrganisations("xKemenperin")).isEmpty();
    assertThat(gazetteer.findOrganisations("Kemenperin2")).isEmpty();
    assertThat(ids(gazetteer.findOrganisations("(Kemenperin), Kemenperin's and Kemenperin.")))
        .containsExactly("kemenperin", "kemenperin", "kemenperin");
    assertThat(gazetteer.findCountries("Asian markets")).isEmpty();
  }

  @Test
  void caseInsensitiveFormsMatchAnyCaseButAcronymsAndCommonWordsDoNot() {
    assertThat(ids(gazetteer.findOrganisations("kata kemenperin dan KEMENPERIN")))
        .containsExactly("kemenperin", "kemenperin");
    assertThat(gazetteer.findOrganisations("harga timah naik, pal dan its")).isEmpty();
    assertThat(ids(gazetteer.findOrganisations("PT Timah, PAL dan ITS")))
        .containsExactly("timah", "pal", "its");
  }

  @Test
  void keepsTheLeftmostLongestOfOverlappingMatches() {
    assertThat(gazetteer.findOrganisations("Kementerian Perindustrian RI"))
        .singleElement()
        .satisfies(m -> assertThat(m.end()).isEqualTo("Kementerian Perindustrian RI".length()));
    assertThat(ids(gazetteer.findOrganisations("PT Pertamina Hulu Energi dan PT PLN (Persero)")))
        .containsExactly("pertamina-hulu-energi", "pln");

    Gazetteer g =
        load(
            "",
            "ab\tID\tCOMPANY\tAlpha Beta\t\t\t\n"
                + "bc\tID\tCOMPANY\tBeta Gamma Delta\t\t\t\n"
                + "c\tID\tCOMPANY\tGamma\t\t\t\n",
            "");
    assertThat(ids(g.findOrganisations("Alpha Beta Gamma Delta"))).containsExactly("ab", "c");
    assertThat(ids(g.findOrganisations("Beta Gamma Delta"))).containsExactly("bc");
  }

  @Test
  void officeTitlesAreFoundWithTheirRank() {
    String text = "Direktur Utama PT PLN (Persero) Darmawan Prasodjo disaksikan Perdana Menteri";
    List<TitleMatch> titles = gazetteer.findTitles(text);
    assertThat(titles)
        .extracting(TitleMatch::title, TitleMatch::rank)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Direktur Utama", "LEADER"),
            org.assertj.core.groups.Tuple.tuple("Perdana Menteri", "WITNESS_ONLY"));
    assertThat(gazetteer.findTitles("Chief Executive Officer and Senior Vice President"))
        .extracting(TitleMatch::title)
        .containsExactly("Chief Executive Officer", "Senior Vice President");
  }

  @Test
  void offsetsStayRightWhenLowerCasingWouldChangeTheLength() {
    String text = "İİİ Kemenperin";
    List<OrgMatch> found = gazetteer.findOrganisations(text);
    assertThat(found).singleElement().satisfies(m -> assertThat(m.start()).isEqualTo(4));
  }

  @Test
  void keysAreNormalisedLikeArticleText() {
    Gazetteer g =
        load(
            "",
            "x\tGB\tCOMPANY\tSmith\u2019s  Foundry \u2013 Ltd\t\t\t\n",
            "Vice\u2013Chair\ten\tDEPUTY\n");
    assertThat(ids(g.findOrganisations("with Smith's Foundry - Ltd."))).containsExactly("x");
    assertThat(g.findTitles("Vice-Chair Jones"))
        .extracting(TitleMatch::title)
        .containsExactly("Vice-Chair");
  }

  @Test
  void aLeadingEqualsSignAsksForExactCase() {
    Gazetteer g = load("", "x\tID\tCOMPANY\t=Semen Nusantara\t\t\t\n", "");
    assertThat(g.findOrganisations("semen nusantara")).isEmpty();
    assertThat(ids(g.findOrganisations("Semen Nusantara"))).containsExactly("x");
    assertThat(g.organisation("x").orElseThrow().name()).isEqualTo("Semen Nusantara");
  }

  @Test
  void malformedRowsAreRejectedNamingFileLineAndProblem() {
    assertThatThrownBy(() -> load("", "# comment\nx\tID\tCOMPANY\tX\t\t\n", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("organisations.tsv line 3")
        .hasMessageContaining("expected 7 tab-separated columns, found 6");
    assertThatThrownBy(() -> load("", "x\tID\tFIRM\tX\t\t\t\n", ""))
        .hasMessageContaining("organisations.tsv line 2")
        .hasMessageContaining("unknown kind 'FIRM'");
    assertThatThrownBy(() -> load("", "x\tXX\tCOMPANY\tX\t\t\t\n", ""))
        .hasMessageContaining("organisations.tsv line 2")
        .hasMessageContaining("unknown ISO 3166-1 alpha-2 code 'XX'");
    assertThatThrownBy(() -> load("", "x\tID\tCOMPANY\tX\t\t\t\ny\tID\tCOMPANY\tY\t\t\tz\n", ""))
        .hasMessageContaining("organisations.tsv line 3")
        .hasMessageContaining("unknown parent id 'z'");
    assertThatThrownBy(
            () -> load("", "x\tID\tCOMPANY\tX Co\t\t\t\nx\tID\tCOMPANY\tY Co\t\t\t\n", ""))
        .hasMessageContaining("organisations.tsv line 3")
        .hasMessageContaining("duplicate id 'x'");
    assertThatThrownBy(
            () ->
                load(
                    "", "x\tID\tCOMPANY\tX Co\tShared\t\t\ny\tID\tCOMPANY\tY Co\tshared\t\t\n", ""))
        .hasMessageContaining("organisations.tsv line 3")
        .hasMessageContaining("'shared' already stands for organisation 'x'");
    assertThatThrownBy(() -> load("Cn\tChina\n", "", ""))
        .hasMessageContaining("countries.tsv line 2")
        .hasMessageContaining("unknown ISO 3166-1 alpha-2 code 'Cn'");
    assertThatThrownBy(() -> load("", "", "Boss\ten\tTOP\n"))
        .hasMessageContaining("titles.tsv line 2")
        .hasMessageContaining("unknown rank 'TOP'");
    assertThatThrownBy(
            () ->
                Gazetteer.load(
                    new StringReader("form\tiso2\n"),
                    new StringReader(ORG_HEADER),
                    new StringReader(TITLE_HEADER)))
        .hasMessageContaining("countries.tsv line 1")
        .hasMessageContaining("expected header");
  }

  @Test
  void tenMegabytesOfTextAreScannedWithoutError() {
    String paragraph =
        "Kementerian Perindustrian (Kemenperin) dan Ministry of Industry and Information Technology"
            + " (MIIT) RRT menandatangani MoU di Beijing, disaksikan Menperin dan Presiden RI. "
            + "PT PLN (Persero) and Korea Electric Power Corporation signed an agreement as the"
            + " US and UAE watched. ";
    StringBuilder b = new StringBuilder(10 * 1024 * 1024 + paragraph.length());
    while (b.length() < 10 * 1024 * 1024) {
      b.append(paragraph);
    }
    String text = b.toString();
    int copies = text.length() / paragraph.length();
    assertThat(gazetteer.findOrganisations(text)).hasSize(copies * 7);
    assertThat(gazetteer.findCountries(text)).hasSizeGreaterThanOrEqualTo(copies * 4);
    assertThat(gazetteer.findTitles(text)).isNotEmpty();
  }

  @Test
  void emptyTablesFindNothing() {
    Gazetteer g = load("", "", "");
    assertThat(g.findOrganisations("Kemenperin")).isEmpty();
    assertThat(g.findTitles("Menteri")).isEmpty();
    assertThat(g.organisationCount()).isZero();
    assertThat(g.findCountries("Indonesia")).extracting(CountryMatch::iso2).containsExactly("ID");
  }
}
