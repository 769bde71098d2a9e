package org.kerangka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Patterns that once went wrong, as small articles under {@code corpus/cases/}. */
class HandwrittenCasesTests {
  private final AgreementExtractor extractor = AgreementExtractor.create();

  @Test
  void outletInTheDatelineIsNotAPartyAndAnAppositiveNameAfterATitleSigns() {
    AgreementRecord mou =
        only(read("jica-dateline-appositive", Language.ID, LocalDate.of(2023, 11, 16)));

    assertThat(mou.parties())
        .extracting(Party::name)
        .containsExactly("Kementerian Perindustrian", "Japan International Cooperation Agency");
    assertThat(mou.signatories())
        .extracting(Signatory::name)
        .containsExactly("Eko S.A. Cahyanto", "Takeda Sachiko");
    assertThat(mou.signedOn()).isEqualTo(LocalDate.of(2023, 11, 15));
    assertThat(mou.termYears()).isEqualTo(3);
  }

  @Test
  void compoundEnglishTitleIsNotAnOrganisation() {
    AgreementRecord mou =
        only(read("petronas-compound-title", Language.EN, LocalDate.of(2023, 10, 12)));

    assertThat(mou.parties()).extracting(Party::country).containsExactly("ID", "MY");
    assertThat(mou.signatories())
        .extracting(Signatory::name)
        .containsExactly("Nicke Widyawati", "Tengku Muhammad Taufik");
  }

  @Test
  void foreignCityGovernmentEndsBeforeItsCountryAndTheMayorsNameIsClean() {
    AgreementRecord pks = only(read("busan-sister-city", Language.ID, LocalDate.of(2023, 9, 5)));

    assertThat(pks.parties())
        .extracting(Party::name, Party::country)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Pemerintah Kota Surabaya", "ID"),
            org.assertj.core.groups.Tuple.tuple("Pemerintah Kota Metropolitan Busan", "KR"));
    assertThat(pks.signatories())
        .extracting(Signatory::name)
        .containsExactly("Eri Cahyadi", "Park Heong-joon");
    assertThat(pks.termYears()).isEqualTo(5);
    assertThat(pks.extendable()).isTrue();
  }

  @Test
  void numberedListGivesOneAgreementPerItemWithTheContextVenueAndDate() {
    ExtractionResult result =
        read("numbered-list-of-deals", Language.ID, LocalDate.of(2024, 6, 18));

    assertThat(result.agreements()).hasSize(3);
    assertThat(result.agreements())
        .allSatisfy(
            a -> {
              assertThat(a.signedOn()).isEqualTo(LocalDate.of(2024, 6, 17));
              assertThat(a.place()).isEqualTo("Tokyo");
              assertThat(a.parties()).extracting(Party::country).containsExactly("ID", "JP");
            });
    assertThat(result.agreements().get(2).value().amount()).isEqualByComparingTo("500000000");
  }

  @Test
  void namesBetweenCommasAfterTitlesSignAndACountryIsNotAVenue() {
    AgreementRecord mou =
        only(read("telkom-microsoft-appositive-names", Language.ID, LocalDate.of(2024, 5, 3)));

    assertThat(mou.signatories())
        .extracting(Signatory::name)
        .containsExactly("Ririek Adriansyah", "Ahmed Mazhari");
    assertThat(mou.place()).isEqualTo("Jakarta");
    assertThat(mou.signedOn()).isEqualTo(LocalDate.of(2024, 5, 2));
    assertThat(mou.termYears()).isEqualTo(2);
  }

  @Test
  void twoSigningsJoinedByWhileAreTwoAgreements() {
    ExtractionResult result =
        read("two-signings-in-one-sentence", Language.EN, LocalDate.of(2024, 3, 14));

    assertThat(result.agreements()).hasSize(2);
    assertThat(result.agreements().get(0).instrument()).isEqualTo(Instrument.MOU);
    assertThat(result.agreements().get(0).signatories())
        .extracting(Signatory::name)
        .containsExactly("Nicke Widyawati", "Mohammed Al Qahtani");
    assertThat(result.agreements().get(0).place()).isNull(); // East Java is the refinery's site
    assertThat(result.agreements().get(1).parties())
        .extracting(Party::country)
        .containsExactly("ID", "SA");
  }

  @Test
  void headlineWordsDoNotLeakIntoNamesAndAKnownOrganisationEndsBeforeTheSignatory() {
    AgreementRecord mou =
        only(read("university-vice-chancellor", Language.ID, LocalDate.of(2024, 5, 8)));

    assertThat(mou.parties())
        .extracting(Party::name)
        .containsExactly("Universitas Indonesia", "The University of Melbourne");
    assertThat(mou.signatories())
        .extracting(Signatory::name)
        .containsExactly("Ari Kuncoro", "Duncan Maskell");
    assertThat(mou.termYears()).isEqualTo(5);
  }

  @Test
  void centralBanksAreGovernmentAndAMeetingIsNotAParty() {
    AgreementRecord mou =
        only(read("central-banks-meeting", Language.EN, LocalDate.of(2023, 3, 31)));

    assertThat(mou.parties())
        .extracting(Party::name, Party::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Bank Indonesia", PartyKind.GOVERNMENT),
            org.assertj.core.groups.Tuple.tuple("Bank of Thailand", PartyKind.GOVERNMENT));
    assertThat(mou.signatories())
        .extracting(Signatory::name)
        .containsExactly("Perry Warjiyo", "Sethaput Suthiwartnarueput");
    assertThat(mou.signedOn()).isEqualTo(LocalDate.of(2023, 3, 30));
  }

  @Test
  void governorOfAPlaceIsTheProvinceNamedBefore() {
    AgreementRecord mou = only(read("province-governors", Language.ID, LocalDate.of(2022, 10, 15)));

    assertThat(mou.parties())
        .extracting(Party::name)
        .containsExactly("Pemerintah Provinsi Jawa Barat", "Pemerintah Provinsi Gyeonggi");
    assertThat(mou.signatories())
        .extracting(Signatory::name)
        .containsExactly("Ridwan Kamil", "Kim Dong-yeon");
    assertThat(mou.signedOn()).isEqualTo(LocalDate.of(2022, 10, 14));
    assertThat(mou.termYears()).isEqualTo(3);
  }

  @Test
  void scheduledSigningIsPlannedAndTheEarlierMouIsBackground() {
    AgreementRecord mou =
        only(read("planned-with-background", Language.ID, LocalDate.of(2024, 7, 1)));

    assertThat(mou.status()).isEqualTo(AgreementStatus.PLANNED);
    assertThat(mou.signatories()).isEmpty();
    assertThat(mou.signedOn()).isNull();
    assertThat(mou.parties()).extracting(Party::country).containsExactly("ID", "BR");
    assertThat(mou.areas()).hasSize(3);
  }

  @Test
  void wireDatelineIsSkippedAndReportedSpeechSigningIsNews() {
    AgreementRecord deal =
        only(read("wire-dateline-reported-signing", Language.EN, LocalDate.of(2024, 6, 3)));

    assertThat(deal.parties()).extracting(Party::country).containsExactly("ID", "CN");
    assertThat(deal.signedOn()).isEqualTo(LocalDate.of(2024, 6, 3));
    assertThat(deal.value().amount()).isEqualByComparingTo("1000000000");
  }

  @Test
  void englishMinistryNamesWithAndKeepTheirFirstWords() {
    AgreementRecord moc =
        only(read("english-ministry-names-with-and", Language.EN, LocalDate.of(2023, 11, 7)));

    assertThat(moc.instrument()).isEqualTo(Instrument.MOU);
    assertThat(moc.parties()).extracting(Party::country).containsExactly("ID", "JP");
    assertThat(moc.signedOn()).isEqualTo(LocalDate.of(2023, 11, 6));
    assertThat(moc.termYears()).isEqualTo(3);
    assertThat(moc.extendable()).isTrue();
    assertThat(moc.areas()).contains("hydrogen");
  }

  @Test
  void promotionNamedAsTheSubjectIsTheArea() {
    AgreementRecord pks =
        only(read("pks-subject-promotion", Language.ID, LocalDate.of(2024, 2, 21)));

    assertThat(pks.instrument()).isEqualTo(Instrument.AGREEMENT);
    assertThat(pks.areas()).isNotEmpty();
    assertThat(pks.areas().get(0)).startsWith("promosi ekspor");
    assertThat(pks.place()).isEqualTo("Kantor Kemendag, Jakarta");
  }

  @Test
  void multinationalIsKnownAndTeaserLinesGiveNoAgreement() {
    AgreementRecord mou =
        only(read("multinational-and-teasers", Language.ID, LocalDate.of(2024, 8, 16)));

    assertThat(mou.parties()).extracting(Party::country).containsExactly("ID", "US");
    assertThat(mou.signatories())
        .extracting(Signatory::name)
        .containsExactly("Budi Gunadi Sadikin", "Mark Smith");
  }

  @Test
  void cooperationMarkedBySigningAnMouIsOneSignedMou() {
    AgreementRecord mou =
        only(read("signing-marks-the-cooperation", Language.ID, LocalDate.of(2023, 10, 10)));

    assertThat(mou.instrument()).isEqualTo(Instrument.MOU);
    assertThat(mou.parties()).extracting(Party::country).containsExactly("ID", "JP");
    assertThat(mou.signatories())
        .extracting(Signatory::name)
        .containsExactly("Laksana Tri Handoko", "Teruo Fujii");
    assertThat(mou.signedOn()).isEqualTo(LocalDate.of(2023, 10, 9));
    assertThat(mou.termYears()).isEqualTo(5);
  }

  private AgreementRecord only(ExtractionResult result) {
    assertThat(result.agreements()).hasSize(1);
    return result.agreements().get(0);
  }

  private ExtractionResult read(String name, Language language, LocalDate published) {
    try (InputStream in = getClass().getResourceAsStream("/corpus/cases/" + name + ".txt")) {
      assertThat(in).as(name).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return extractor.extract(new Article(name, text, language, published, null));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
