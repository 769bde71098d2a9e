package org.kerangka.extract.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kerangka.extract.Instrument;
import org.kerangka.extract.PartyKind;

class DocAnalyzerTests {

  private static PersonMention person(Sent x, String name) {
    return x.persons.stream()
        .filter(p -> p.person() != null && p.person().name.equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no person " + name + " in " + x.persons));
  }

  // ------------------------------------------------------------------ organisations

  @Test
  void keepsAForeignNamesakeMinistryApartFromTheIndonesianOne() {
    Analysed a =
        Analysed.of(
            "Kementerian Keuangan (Kemenkeu) dan Kementerian Keuangan Vietnam menandatangani nota"
                + " kesepahaman di Hanoi, Selasa (12/9).");

    Sent x = a.sent(0);
    assertThat(x.orgs).hasSize(2);
    assertThat(x.orgs.get(0).org()).isNotSameAs(x.orgs.get(1).org());
    assertThat(x.orgs).extracting(m -> m.org().country).containsExactly("ID", "VN");
  }

  @Test
  void readsAStateBankWithLegalFormAndAcronymAsOneOrganisation() {
    Analysed a =
        Analysed.of(
            "PT Bank Negara Indonesia (Persero) Tbk (BNI) meneken perjanjian kerja sama dengan PT"
                + " Pertamina (Persero).");

    Sent x = a.sent(0);
    assertThat(x.orgs).hasSize(2);
    DocOrg bni = x.orgs.get(0).org();
    assertThat(bni.knownAs("BNI")).isTrue();
    assertThat(bni.country).isEqualTo("ID");
    assertThat(bni.kind).isEqualTo(PartyKind.COMPANY);
    assertThat(x.orgs.get(1).org().knownAs("Pertamina")).isTrue();
  }

  @Test
  void givesAForeignMinistryTheCountryOfItsPossessive() {
    Analysed a =
        Analysed.of(
            "India's Ministry of New and Renewable Energy (MNRE) signed a memorandum of"
                + " understanding with Indonesia's Ministry of Energy and Mineral Resources.");

    Sent x = a.sent(0);
    assertThat(x.orgs).hasSize(2);
    DocOrg mnre = x.orgs.get(0).org();
    assertThat(mnre.knownAs("MNRE")).isTrue();
    assertThat(mnre.country).isEqualTo("IN");
    assertThat(mnre.kind).isEqualTo(PartyKind.GOVERNMENT);
    assertThat(x.orgs.get(1).org().country).isEqualTo("ID");
  }

  @Test
  void resolvesAnAcronymToTheOrganisationNamedEarlier() {
    Analysed a =
        Analysed.of(
            "Kementerian Perindustrian (Kemenperin) menggelar forum industri hijau. Kemenperin"
                + " kemudian menandatangani nota kesepahaman dengan JICA.");

    assertThat(a.sent(1).orgs.get(0).org()).isSameAs(a.sent(0).orgs.get(0).org());
  }

  @Test
  void readsAnIndonesianCompanyNameByItsHeadWord() {
    Analysed a =
        Analysed.of("PT Sinar Fajar Nusantara menandatangani kontrak dengan PT Pertamina.");

    DocOrg company = a.sent(0).orgs.get(0).org();
    assertThat(company.name).isEqualTo("PT Sinar Fajar Nusantara");
    assertThat(company.country).isEqualTo("ID");
    assertThat(company.kind).isEqualTo(PartyKind.COMPANY);
  }

  @Test
  void readsAGovernmentNamedByItsCountry() {
    Analysed a =
        Analysed.of("Pemerintah Indonesia dan Pemerintah Jepang menandatangani nota kesepahaman.");

    assertThat(a.sent(0).orgs).extracting(m -> m.org().country).containsExactly("ID", "JP");
  }

  @Test
  void resolvesAShortCompanyNameToTheFullNameUsedEarlier() {
    Analysed a =
        Analysed.of(
            "PT Pertamina (Persero) dan Saudi Aramco menandatangani nota kesepahaman. Pertamina"
                + " dan Aramco akan membentuk tim bersama.");

    assertThat(a.sent(1).orgs.get(1).org()).isSameAs(a.sent(0).orgs.get(1).org());
  }

  // ------------------------------------------------------------------ people and titles

  @Test
  void resolvesMenperinToTheMinistryOfIndustryAndToTheMinisterNamedEarlier() {
    Analysed a =
        Analysed.of(
            "Menteri Perindustrian Agus Gumiwang Kartasasmita hadir di Tokyo. Nota kesepahaman"
                + " itu diteken oleh Menperin dan Menteri Ekonomi Jepang Saito Ken.");

    PersonMention menperin = a.sent(1).persons.get(0);
    assertThat(menperin.nameFirst()).isEqualTo(-1);
    assertThat(menperin.titleOrg()).isNotNull();
    assertThat(menperin.titleOrg().knownAs("Kemenperin")).isTrue();
    assertThat(menperin.person()).isNotNull();
    assertThat(menperin.person().name).isEqualTo("Agus Gumiwang Kartasasmita");
  }

  @Test
  void readsTheNameAfterATitleWithItsOrganisation() {
    Analysed a =
        Analysed.of(
            "Direktur Utama PLN Darmawan Prasodjo menandatangani perjanjian itu di Jakarta.");

    PersonMention darmawan = person(a.sent(0), "Darmawan Prasodjo");
    assertThat(darmawan.title()).isEqualTo("Direktur Utama PLN");
    assertThat(darmawan.titleOrg()).isNotNull();
    assertThat(darmawan.titleOrg().knownAs("PLN")).isTrue();
    assertThat(darmawan.rank()).isEqualTo("LEADER");
  }

  @Test
  void derivesTheMinistryFromAForeignMinistersTitle() {
    Analysed a =
        Analysed.of(
            "Dokumen itu diteken Menteri Perindustrian Agus Gumiwang Kartasasmita dan Menteri"
                + " Ekonomi Jepang Saito Ken.");

    PersonMention saito = person(a.sent(0), "Saito Ken");
    assertThat(saito.titleOrg()).isNotNull();
    assertThat(saito.titleOrg().country).isEqualTo("JP");
    assertThat(saito.titleOrg().kind).isEqualTo(PartyKind.GOVERNMENT);
  }

  @Test
  void endsACompanyNameInATitleBeforeThePersonsName() {
    Analysed a =
        Analysed.of(
            "Presiden Direktur PT Vale Indonesia Febriany Eddy menandatangani perjanjian itu.");

    PersonMention febriany = person(a.sent(0), "Febriany Eddy");
    assertThat(febriany.titleOrg()).isNotNull();
    assertThat(febriany.titleOrg().knownAs("PT Vale Indonesia")).isTrue();
  }

  @Test
  void readsAShortCompanyNameInATitleAsTheOrganisation() {
    Analysed a =
        Analysed.of(
            "PT Vale Indonesia Tbk hadir. Presiden Direktur Vale Febriany Eddy menandatangani"
                + " perjanjian itu.");

    PersonMention febriany = person(a.sent(1), "Febriany Eddy");
    assertThat(febriany.titleOrg()).isNotNull();
    assertThat(febriany.titleOrg().knownAs("PT Vale Indonesia")).isTrue();
  }

  @Test
  void marksAHeadOfStateAsAWitness() {
    Analysed a =
        Analysed.of(
            "Penandatanganan disaksikan oleh Presiden Joko Widodo dan Perdana Menteri Jepang"
                + " Fumio Kishida.");

    assertThat(person(a.sent(0), "Joko Widodo").rank()).isEqualTo("WITNESS_ONLY");
    assertThat(person(a.sent(0), "Fumio Kishida").rank()).isEqualTo("WITNESS_ONLY");
  }

  @Test
  void readsAnEnglishTitleAfterTheName() {
    Analysed a =
        Analysed.of(
            "Richard Holloway, president of ExxonMobil Asia Pacific, signed the agreement.");

    PersonMention p = person(a.sent(0), "Richard Holloway");
    assertThat(p.titleOrg()).isNotNull();
    assertThat(p.titleOrg().knownAs("ExxonMobil")).isTrue();
  }

  // ------------------------------------------------------------------ instruments and cues

  @Test
  void recognisesTheInstrumentKind() {
    assertThat(Analysed.of("Kedua pihak menandatangani nota kesepahaman.").sent(0).instrumentKinds)
        .containsExactly(Instrument.MOU);
    assertThat(Analysed.of("Kedua pihak meneken perjanjian kerja sama.").sent(0).instrumentKinds)
        .containsExactly(Instrument.AGREEMENT);
    assertThat(Analysed.of("The firms signed a letter of intent.").sent(0).instrumentKinds)
        .containsExactly(Instrument.LOI);
  }

  @Test
  void marksASigningReportedAsDone() {
    Sent x = Analysed.of("Kemenperin dan METI menandatangani MoU itu pada Senin (4/3).").sent(0);

    assertThat(x.signing).isTrue();
    assertThat(x.strongSigning).isTrue();
    assertThat(x.plannedSigning).isFalse();
    assertThat(x.background).isFalse();
    assertThat(x.negated).isFalse();
  }

  @Test
  void marksATargetedSigningAsPlanned() {
    Sent x = Analysed.of("MoU tersebut ditargetkan diteken bulan depan di Riyadh.").sent(0);

    assertThat(x.plannedSigning).isTrue();
  }

  @Test
  void marksAnEnglishFutureSigningAsPlanned() {
    Sent x = Analysed.of("The two companies will sign the agreement next month.").sent(0);

    assertThat(x.plannedSigning).isTrue();
  }

  @Test
  void marksASigningInAnEarlierYearAsBackground() {
    Sent x = Analysed.of("Pada 2019, kedua pihak telah menandatangani nota kesepahaman.").sent(0);

    assertThat(x.background).isTrue();
  }

  @Test
  void marksASigningLastYearAsBackground() {
    assertThat(Analysed.of("Perjanjian itu diteken tahun lalu di Bali.").sent(0).background)
        .isTrue();
    assertThat(Analysed.of("The pact was signed last year in Bali.").sent(0).background).isTrue();
  }

  @Test
  void marksAPluperfectSigningAsBackground() {
    Sent x = Analysed.of("The two companies had signed a similar agreement in 2022.").sent(0);

    assertThat(x.background).isTrue();
  }

  @Test
  void marksASigningThatHappenedBeforeAsBackground() {
    Sent x =
        Analysed.of("Kedua pihak pernah meneken nota kesepahaman tentang industri otomotif.")
            .sent(0);

    assertThat(x.background).isTrue();
  }

  @Test
  void doesNotMarkASigningWithAFullDateAsBackground() {
    Sent x =
        Analysed.of("Kedua pihak menandatangani nota kesepahaman pada 8 September 2023.").sent(0);

    assertThat(x.background).isFalse();
  }

  @Test
  void marksADeniedSigningAsNegated() {
    Sent x =
        Analysed.of("Hingga kini belum ada kesepakatan yang ditandatangani kedua pihak.").sent(0);

    assertThat(x.negated).isTrue();
  }

  @Test
  void marksTheEndOfAnAgreementAsTermination() {
    Sent x =
        Analysed.of("PT Pertamina resmi mengakhiri perjanjian kerja sama dengan Saudi Aramco.")
            .sent(0);

    assertThat(x.termination).isTrue();
  }
}
