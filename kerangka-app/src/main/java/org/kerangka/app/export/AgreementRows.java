package org.kerangka.app.export;

import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.agreement.Agreement;
import org.kerangka.app.agreement.AgreementParty;
import org.kerangka.app.agreement.AgreementView;
import org.kerangka.app.organisation.Organisation;
import org.kerangka.app.organisation.OrganisationService;
import org.kerangka.app.person.Person;
import org.kerangka.app.person.PersonRepository;
import org.springframework.stereotype.Component;

/** The rows of the agreement and activity tables, and names looked up once per export. */
@Component
class AgreementRows {
  static final List<String> AGREEMENT_HEADER =
      List.of(
          "id",
          "instrument",
          "title_id",
          "title_en",
          "reference_number",
          "parties",
          "party_countries",
          "signatories",
          "signed_on",
          "place",
          "status",
          "status_on",
          "entry_into_force",
          "expires_on",
          "notice_deadline",
          "review_starts_on",
          "term",
          "renewal",
          "notice_period",
          "areas",
          "activity_forms",
          "sources");

  static final List<String> ACTIVITY_HEADER =
      List.of(
          "id",
          "agreement_id",
          "agreement_title",
          "parent_id",
          "level",
          "iati_identifier",
          "title",
          "description",
          "status",
          "activity_form",
          "cooperation_area",
          "oecd_crs",
          "planned_start",
          "planned_end",
          "actual_start",
          "actual_end",
          "location",
          "country",
          "currency",
          "budget",
          "spent",
          "participants",
          "organisations",
          "indicators");

  private final OrganisationService organisations;
  private final PersonRepository people;

  AgreementRows(OrganisationService organisations, PersonRepository people) {
    this.organisations = organisations;
    this.people = people;
  }

  /** Turns agreements into rows, caching organisation and person names across rows. */
  final class Names {
    private final Map<Long, Organisation> orgs = new HashMap<>();
    private final Map<Long, String> persons = new HashMap<>();

    Organisation organisation(long id) {
      return orgs.computeIfAbsent(id, organisations::require);
    }

    String person(long id) {
      return persons.computeIfAbsent(id, p -> people.findById(p).map(Person::name).orElse("?"));
    }

    List<@Nullable Object> row(AgreementView view) {
      Agreement a = view.agreement();
      List<Organisation> parties =
          a.parties().stream().map(AgreementParty::organisationId).map(this::organisation).toList();
      var dates = view.dates();
      return Arrays.asList(
          a.id(),
          a.instrument().name(),
          a.titleId(),
          a.titleEn(),
          a.referenceNumber(),
          parties.stream()
              .map(o -> o.displayName() + (o.country() == null ? "" : " (" + o.country() + ")"))
              .collect(Collectors.joining("; ")),
          parties.stream()
              .map(Organisation::country)
              .filter(c -> c != null)
              .distinct()
              .collect(Collectors.joining("; ")),
          a.signatories().stream()
              .map(s -> person(s.personId()) + (s.title() == null ? "" : ", " + s.title()))
              .collect(Collectors.joining("; ")),
          a.signedOn(),
          a.place(),
          view.status().name(),
          view.on(),
          dates.entryIntoForce(),
          dates.expiresOn(),
          dates.noticeDeadline(),
          dates.reviewStartsOn(),
          period(a.term().term()),
          a.renewalMode().name(),
          period(a.term().noticePeriod()),
          a.areas().stream().map(x -> x.label()).collect(Collectors.joining("; ")),
          a.activityForms().stream().map(x -> x.label()).collect(Collectors.joining("; ")),
          a.sources().stream()
              .map(s -> s.url() != null ? s.url() : String.valueOf(s.title()))
              .collect(Collectors.joining("; ")));
    }
  }

  Names names() {
    return new Names();
  }

  static List<@Nullable Object> activityRow(Activities.Activity a, boolean english) {
    List<String> indicators = new ArrayList<>();
    for (Activities.Indicator i : a.indicators()) {
      Activities.Period latest = i.latest();
      indicators.add(
          i.title()
              + (latest == null
                  ? ""
                  : ": "
                      + plain(latest.actual())
                      + (latest.target() == null ? "" : " / " + plain(latest.target()))));
    }
    return Arrays.asList(
        a.id(),
        a.agreementId(),
        a.agreementTitle(),
        a.parentId(),
        a.level(),
        a.iatiIdentifier(),
        a.title(),
        a.description(),
        a.status(),
        a.formName(english) != null ? a.formName(english) : a.formCode(),
        a.areaName(english) != null ? a.areaName(english) : a.areaCode(),
        a.oecdCrs(),
        a.plannedStart(),
        a.plannedEnd(),
        a.actualStart(),
        a.actualEnd(),
        a.location(),
        a.country(),
        a.currency(),
        a.budget(),
        a.spent(),
        a.participants(),
        a.organisations().stream()
            .map(o -> o.name() + " (" + o.role() + ")")
            .collect(Collectors.joining("; ")),
        String.join("; ", indicators));
  }

  private static @Nullable String plain(java.math.@Nullable BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString();
  }

  private static @Nullable String period(@Nullable Period period) {
    return period == null ? null : period.toString();
  }
}
