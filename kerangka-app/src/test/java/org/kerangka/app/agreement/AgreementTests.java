package org.kerangka.app.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kerangka.app.lifecycle.AgreementStatus;
import org.kerangka.app.lifecycle.LifecycleEvent;
import org.kerangka.app.lifecycle.LifecycleEventType;
import org.kerangka.app.lifecycle.RenewalMode;

class AgreementTests {
  private static final LocalDate SIGNED = LocalDate.of(2023, 9, 8);

  @Test
  void aFiveYearTermSignedOnTheEighthOfSeptemberEndsOnTheSeventh() {
    Agreement agreement = seedLike();

    assertThat(agreement.dates().expiresOn()).isEqualTo(LocalDate.of(2028, 9, 7));
    assertThat(agreement.statusOn(LocalDate.of(2026, 11, 28))).isEqualTo(AgreementStatus.IN_FORCE);
    assertThat(agreement.statusOn(LocalDate.of(2023, 9, 7))).isEqualTo(AgreementStatus.PLANNED);
  }

  @Test
  void lifecycleEventsAreKeptInDateOrder() {
    Agreement agreement = seedLike();
    agreement.record(
        new LifecycleEvent(LifecycleEventType.TERMINATED, SIGNED.plusYears(1), null, null));
    agreement.record(new LifecycleEvent(LifecycleEventType.SIGNED, SIGNED, null, null));

    assertThat(agreement.lifecycle())
        .extracting(LifecycleEvent::type)
        .containsExactly(LifecycleEventType.SIGNED, LifecycleEventType.TERMINATED);
    assertThat(agreement.statusOn(SIGNED.plusYears(2))).isEqualTo(AgreementStatus.TERMINATED);
  }

  @Test
  void rejectsAgreementsThatCannotBeTrue() {
    Agreement agreement = seedLike();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> Agreement.draft(Instrument.MOU, " ", null));
    assertThatIllegalArgumentException().isThrownBy(() -> agreement.between(List.of()));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> agreement.between(List.of(new AgreementParty(1, PartyRole.WITNESS))));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> agreement.runsFor(true, SIGNED, Period.ofYears(1), RenewalMode.NONE, null));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> agreement.runsFor(true, null, Period.ofYears(-1), RenewalMode.NONE, null));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                agreement.record(
                    new LifecycleEvent(LifecycleEventType.EXTENDED, SIGNED, null, null)));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                agreement.record(
                    new LifecycleEvent(
                        LifecycleEventType.AMENDED, SIGNED, Period.ofYears(1), null)));
  }

  @Test
  void linksToOtherAgreementsButNotToItselfNorTwiceTheSameWay() {
    Agreement original = new Agreement(7L, 0L, Instrument.MOU);
    Agreement amendment = new Agreement(8L, 0L, Instrument.AMENDMENT);
    amendment.linkTo(LinkKind.AMENDS, original);
    amendment.linkTo(LinkKind.EXTENDS, original);

    assertThat(amendment.links())
        .containsExactly(
            new AgreementLink(LinkKind.AMENDS, 7), new AgreementLink(LinkKind.EXTENDS, 7));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> amendment.linkTo(LinkKind.AMENDS, original))
        .withMessageContaining("already");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> amendment.linkTo(LinkKind.SUPERSEDES, amendment))
        .withMessageContaining("itself");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> amendment.linkTo(LinkKind.SUPERSEDES, new Agreement(8L, 0L, Instrument.MOU)))
        .withMessageContaining("itself");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> amendment.linkTo(LinkKind.IMPLEMENTS, seedLike()))
        .withMessageContaining("saved first");
    amendment.unlinkAll();
    assertThat(amendment.links()).isEmpty();
  }

  private static Agreement seedLike() {
    Agreement agreement = Agreement.draft(Instrument.MOU, "Nota Kesepahaman", null);
    agreement.between(List.of(new AgreementParty(1, PartyRole.PARTY)));
    agreement.signed(SIGNED, "Istana Negara", null, List.of());
    agreement.runsFor(true, null, Period.ofYears(5), RenewalMode.BY_WRITTEN_AGREEMENT, null);
    return agreement;
  }
}
