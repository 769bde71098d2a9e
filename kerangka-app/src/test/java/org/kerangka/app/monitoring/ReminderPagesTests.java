package org.kerangka.app.monitoring;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kerangka.app.RegistryTest;
import org.kerangka.app.account.Accounts;
import org.kerangka.app.account.Role;
import org.kerangka.app.agreement.Agreement;
import org.kerangka.app.agreement.AgreementParty;
import org.kerangka.app.agreement.AgreementService;
import org.kerangka.app.agreement.Instrument;
import org.kerangka.app.agreement.PartyRole;
import org.kerangka.app.lifecycle.RenewalMode;
import org.kerangka.app.organisation.Organisation;
import org.kerangka.app.organisation.OrganisationKind;
import org.kerangka.app.organisation.OrganisationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reminders page per user: an EDITOR limited to some organisations sees the reminders of their
 * agreements only; other users see every agreement's.
 */
@RegistryTest
class ReminderPagesTests {
  @Autowired private MockMvc mvc;
  @Autowired private AgreementService agreements;
  @Autowired private OrganisationService organisations;
  @Autowired private Accounts accounts;
  @Autowired private ReminderService reminders;

  private final List<Long> created = new ArrayList<>();
  private long ours;
  private String ourTitle;
  private String otherTitle;

  @BeforeEach
  void twoAgreementsComingUpForReview() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    ours = organisation("Lembaga Pengingat A " + tag);
    long theirs = organisation("Lembaga Pengingat B " + tag);
    ourTitle = "Nota pengingat milik kami " + tag;
    otherTitle = "Nota pengingat milik lain " + tag;
    agreement(ourTitle, ours);
    agreement(otherTitle, theirs);
  }

  @AfterEach
  void remove() {
    created.forEach(id -> agreements.find(id).ifPresent(agreements::delete));
  }

  private long organisation(String name) {
    return organisations
        .save(Organisation.named(name, null, null, OrganisationKind.COMPANY, "ID"))
        .id();
  }

  /** Signed so that its review start (expiry − 12 months) is two months from today. */
  private void agreement(String title, long party) {
    LocalDate signed = reminders.today().minusYears(4).plusMonths(2);
    Agreement agreement = Agreement.draft(Instrument.MOU, title, null);
    agreement.between(List.of(new AgreementParty(party, PartyRole.PARTY)));
    agreement.signed(signed, "Jakarta", null, List.of());
    agreement.runsFor(true, null, Period.ofYears(5), RenewalMode.NONE, null);
    created.add(agreements.save(agreement).id());
  }

  @Test
  void aLimitedEditorSeesTheRemindersOfTheirAgreementsOnly() throws Exception {
    String editor = "p" + UUID.randomUUID().toString().substring(0, 8);
    accounts.create(editor, "kopi tubruk di pagi hari", Role.EDITOR, Set.of(ours));
    mvc.perform(get("/pengingat").with(user(editor).roles("EDITOR")))
        .andExpect(status().isOk())
        .andExpect(
            content().string(allOf(containsString(ourTitle), not(containsString(otherTitle)))));
  }

  @Test
  void otherUsersSeeEveryAgreementsReminders() throws Exception {
    for (String role : List.of("VIEWER", "REVIEWER", "EDITOR", "ADMIN")) {
      mvc.perform(get("/pengingat").with(user("all-" + role).roles(role)))
          .andExpect(status().isOk())
          .andExpect(content().string(allOf(containsString(ourTitle), containsString(otherTitle))));
    }
  }
}
