package org.kerangka.app.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.account.AccessPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns agreement views into API responses, resolving the names of parties, signatories, events and
 * linked agreements with one query per kind for the whole page (not one per item).
 */
@Component
class AgreementResponses {
  private static final String HREF = "/api/v1/agreements/";
  private final JdbcClient jdbc;
  private final AccessPolicy access;

  AgreementResponses(JdbcClient jdbc, AccessPolicy access) {
    this.jdbc = jdbc;
    this.access = access;
  }

  private record Organisation(String name, @Nullable String country) {}

  private record Incoming(long sourceId, LinkKind kind, long targetId, String title) {}

  AgreementResponse of(AgreementView view) {
    return of(List.of(view)).get(0);
  }

  /** The responses as the current user may see them. */
  List<AgreementResponse> of(List<AgreementView> views) {
    return visible(complete(views));
  }

  /**
   * The responses as the current user may see them: {@link #complete} ones without the notes of
   * confidential agreements the user may not read.
   */
  List<AgreementResponse> visible(List<AgreementResponse> complete) {
    List<AgreementResponse> visible = null;
    for (int i = 0; i < complete.size(); i++) {
      AgreementResponse r = complete.get(i);
      // a confidential agreement's notes only for those allowed to read its text
      if (r.notes() != null
          && r.confidential()
          && !access.canReadText(
              r.parties().stream().map(AgreementResponse.Party::organisationId).distinct().toList(),
              true)) {
        if (visible == null) {
          visible = new ArrayList<>(complete);
        }
        visible.set(i, r.withoutNotes());
      }
    }
    return visible == null ? complete : visible;
  }

  /**
   * The responses with every note, whoever asks (the same for every user, so they can be cached;
   * hand them out through {@link #visible}).
   */
  List<AgreementResponse> complete(List<AgreementView> views) {
    if (views.isEmpty()) {
      return List.of();
    }
    Set<Long> organisationIds = new LinkedHashSet<>();
    Set<Long> personIds = new LinkedHashSet<>();
    Set<Long> eventIds = new LinkedHashSet<>();
    Set<Long> targetIds = new LinkedHashSet<>();
    List<Long> ids = new ArrayList<>();
    for (AgreementView view : views) {
      Agreement a = view.agreement();
      ids.add(view.id());
      a.parties().forEach(p -> organisationIds.add(p.organisationId()));
      a.signatories().forEach(s -> personIds.add(s.personId()));
      if (a.eventId() != null) {
        eventIds.add(a.eventId());
      }
      a.links().forEach(l -> targetIds.add(l.targetId()));
    }
    Map<Long, Organisation> organisations = new HashMap<>();
    if (!organisationIds.isEmpty()) {
      jdbc.sql(
              "select id, coalesce(name_id, name_en, name_partner), country from organisation"
                  + " where id in (:ids)")
          .param("ids", organisationIds)
          .query(
              rs -> {
                organisations.put(
                    rs.getLong(1),
                    new Organisation(String.valueOf(rs.getString(2)), rs.getString(3)));
              });
    }
    Map<Long, String> people = names("select id, name from person", personIds);
    Map<Long, String> events = names("select id, name from event", eventIds);
    Map<Long, String> titles =
        names("select id, coalesce(title_id, title_en) from agreement", targetIds);
    Map<Long, List<Incoming>> incoming = new HashMap<>();
    jdbc.sql(
            "select l.agreement_id, l.kind, l.target_id, coalesce(a.title_id, a.title_en)"
                + " from agreement_link l join agreement a on a.id = l.agreement_id"
                + " where l.target_id in (:ids) order by l.target_id, l.agreement_id, l.idx")
        .param("ids", ids)
        .query(
            rs -> {
              Incoming in =
                  new Incoming(
                      rs.getLong(1),
                      LinkKind.valueOf(rs.getString(2)),
                      rs.getLong(3),
                      String.valueOf(rs.getString(4)));
              incoming.computeIfAbsent(in.targetId(), k -> new ArrayList<>()).add(in);
            });
    List<AgreementResponse> responses = new ArrayList<>(views.size());
    for (AgreementView view : views) {
      responses.add(
          response(
              view,
              organisations,
              people,
              events,
              titles,
              incoming.getOrDefault(view.id(), List.of())));
    }
    return responses;
  }

  private Map<Long, String> names(String select, Collection<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      jdbc.sql(select + " where id in (:ids)")
          .param("ids", ids)
          .query(
              rs -> {
                names.put(rs.getLong(1), String.valueOf(rs.getString(2)));
              });
    }
    return names;
  }

  private AgreementResponse response(
      AgreementView view,
      Map<Long, Organisation> organisations,
      Map<Long, String> people,
      Map<Long, String> events,
      Map<Long, String> titles,
      List<Incoming> incoming) {
    Agreement a = view.agreement();
    List<AgreementResponse.Party> parties =
        a.parties().stream()
            .map(
                p -> {
                  Organisation o = organisations.get(p.organisationId());
                  return new AgreementResponse.Party(
                      p.organisationId(),
                      o == null ? "?" : o.name(),
                      o == null ? null : o.country(),
                      p.role());
                })
            .toList();
    List<AgreementResponse.Signatory> signatories =
        a.signatories().stream()
            .map(
                s ->
                    new AgreementResponse.Signatory(
                        s.personId(),
                        people.getOrDefault(s.personId(), "?"),
                        s.title(),
                        s.forOrganisationId(),
                        s.onBehalfOf()))
            .toList();
    Long eventId = a.eventId();
    AgreementResponse.Ref event =
        eventId == null || !events.containsKey(eventId)
            ? null
            : new AgreementResponse.Ref(eventId, events.get(eventId));
    var term = a.term();
    var dates = view.dates();
    return new AgreementResponse(
        view.id(),
        a.version(),
        a.instrument(),
        a.titleId(),
        a.titleEn(),
        a.referenceNumber(),
        parties,
        signatories,
        a.signedOn(),
        a.place(),
        event,
        a.entryIntoForceOnSignature(),
        a.entryIntoForceOn(),
        term.term() == null ? null : term.term().toString(),
        a.renewalMode(),
        term.noticePeriod() == null ? null : term.noticePeriod().toString(),
        a.areas().stream().map(x -> new AgreementResponse.Label(x.areaCode(), x.label())).toList(),
        a.activityForms().stream()
            .map(x -> new AgreementResponse.Label(x.formCode(), x.label()))
            .toList(),
        a.sources(),
        a.links().stream()
            .map(
                l ->
                    new AgreementResponse.Link(
                        l.kind(),
                        l.targetId(),
                        titles.getOrDefault(l.targetId(), "?"),
                        HREF + l.targetId()))
            .toList(),
        incoming.stream()
            .map(
                i ->
                    new AgreementResponse.LinkedFrom(
                        i.kind(), i.sourceId(), i.title(), HREF + i.sourceId()))
            .toList(),
        a.notes(),
        a.confidential(),
        a.lifecycle(),
        view.on(),
        view.status(),
        dates.entryIntoForce(),
        dates.expiresOn(),
        dates.noticeDeadline(),
        dates.reviewStartsOn());
  }
}
