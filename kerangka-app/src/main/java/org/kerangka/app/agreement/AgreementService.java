package org.kerangka.app.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kerangka.app.web.NotFoundException;
import org.kerangka.app.web.PageResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and stores agreements. Filters that are columns run in SQL; status and expiry are computed
 * per agreement by the lifecycle calculator, so those filters and the expiry order run in memory
 * over the SQL result (fine for a registry of thousands of agreements).
 */
@Service
public class AgreementService {
  private final AgreementRepository agreements;
  private final JdbcClient jdbc;

  AgreementService(AgreementRepository agreements, JdbcClient jdbc) {
    this.agreements = agreements;
    this.jdbc = jdbc;
  }

  public Agreement require(long id) {
    return agreements.findById(id).orElseThrow(() -> new NotFoundException("agreement", id));
  }

  public java.util.Optional<Agreement> find(long id) {
    return agreements.findById(id);
  }

  /** An agreement at the other end of a link, with its title. */
  public record LinkedAgreement(LinkKind kind, long id, String title) {}

  /** The agreements the given one links to, in its order. */
  @Transactional(readOnly = true)
  public List<LinkedAgreement> linksOf(Agreement agreement) {
    List<AgreementLink> links = agreement.links();
    Map<Long, String> titles =
        titles(links.stream().map(AgreementLink::targetId).distinct().toList());
    return links.stream()
        .map(
            l ->
                new LinkedAgreement(l.kind(), l.targetId(), titles.getOrDefault(l.targetId(), "?")))
        .toList();
  }

  /** The agreements that link to the given one (amendments of it, its successors ...). */
  @Transactional(readOnly = true)
  public List<LinkedAgreement> linkedFrom(long id) {
    record Incoming(long agreementId, String kind) {}
    List<Incoming> incoming =
        jdbc.sql(
                "select agreement_id, kind from agreement_link where target_id = :id"
                    + " order by agreement_id, idx")
            .param("id", id)
            .query(Incoming.class)
            .list();
    Map<Long, String> titles =
        titles(incoming.stream().map(Incoming::agreementId).distinct().toList());
    return incoming.stream()
        .map(
            i ->
                new LinkedAgreement(
                    LinkKind.valueOf(i.kind()),
                    i.agreementId(),
                    titles.getOrDefault(i.agreementId(), "?")))
        .toList();
  }

  private Map<Long, String> titles(List<Long> ids) {
    Map<Long, String> titles = new HashMap<>();
    agreements.findAllById(ids).forEach(a -> titles.put(a.id(), a.displayTitle()));
    return titles;
  }

  public long count() {
    return agreements.count();
  }

  @Transactional
  public Agreement save(Agreement agreement) {
    return agreements.save(agreement);
  }

  @Transactional
  public void delete(Agreement agreement) {
    agreements.delete(agreement);
  }

  @Transactional(readOnly = true)
  public PageResponse<AgreementView> search(AgreementQuery query) {
    return PageResponse.of(matching(query), query.page(), query.size());
  }

  /**
   * Every agreement the query's filters select, in its order, ignoring its page and size: for
   * exports, which carry the whole selection.
   */
  @Transactional(readOnly = true)
  public List<AgreementView> matching(AgreementQuery query) {
    List<Long> ids = matchingIds(query);
    List<AgreementView> views = new ArrayList<>();
    for (Agreement agreement : agreements.findAllById(ids)) {
      AgreementView view = AgreementView.of(agreement, query.on());
      if (query.status() != null && view.status() != query.status()) {
        continue;
      }
      if (query.expiringBefore() != null
          && (view.expiresOn() == null || !view.expiresOn().isBefore(query.expiringBefore()))) {
        continue;
      }
      views.add(view);
    }
    views.sort(AgreementQuery.order(query.sort()));
    return views;
  }

  /** Agreements the person signed, newest first. */
  @Transactional(readOnly = true)
  public List<Agreement> signedBy(long personId) {
    List<Long> ids =
        jdbc.sql("select distinct agreement_id from agreement_signatory where person_id = :person")
            .param("person", personId)
            .query(Long.class)
            .list();
    List<Agreement> signed = new ArrayList<>(agreements.findAllById(ids));
    signed.sort(
        Comparator.comparing(
            Agreement::signedOn, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder())));
    return signed;
  }

  /** Agreements signed at the event, newest first. */
  @Transactional(readOnly = true)
  public List<Agreement> signedAt(long eventId) {
    List<Long> ids =
        jdbc.sql("select id from agreement where event_id = :event")
            .param("event", eventId)
            .query(Long.class)
            .list();
    List<Agreement> signed = new ArrayList<>(agreements.findAllById(ids));
    signed.sort(
        Comparator.comparing(
            Agreement::signedOn, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder())));
    return signed;
  }

  /** The countries of the organisations on any agreement, for a partner-country filter. */
  public List<String> partyCountries() {
    return jdbc.sql(
            "select distinct o.country from agreement_party p join organisation o"
                + " on o.id = p.organisation_id where o.country is not null order by o.country")
        .query(String.class)
        .list();
  }

  /** The distinct area labels in use, for suggestions in an area filter. */
  public List<String> areaLabels() {
    return jdbc.sql("select distinct label from agreement_area order by label")
        .query(String.class)
        .list();
  }

  private List<Long> matchingIds(AgreementQuery query) {
    StringBuilder sql = new StringBuilder("select a.id from agreement a where 1 = 1");
    var params = new java.util.LinkedHashMap<String, Object>();
    if (query.instrument() != null) {
      sql.append(" and a.instrument = :instrument");
      params.put("instrument", query.instrument().name());
    }
    if (query.signedFrom() != null) {
      sql.append(" and a.signed_on >= :signedFrom");
      params.put("signedFrom", query.signedFrom());
    }
    if (query.signedTo() != null) {
      sql.append(" and a.signed_on <= :signedTo");
      params.put("signedTo", query.signedTo());
    }
    if (query.organisation() != null) {
      sql.append(
          " and exists (select 1 from agreement_party p where p.agreement_id = a.id"
              + " and p.organisation_id = :organisation)");
      params.put("organisation", query.organisation());
    }
    if (query.country() != null) {
      sql.append(
          " and exists (select 1 from agreement_party p join organisation o"
              + " on o.id = p.organisation_id where p.agreement_id = a.id and o.country = :country)");
      params.put("country", query.country().strip().toUpperCase(Locale.ROOT));
    }
    if (query.area() != null) {
      sql.append(
          " and exists (select 1 from agreement_area x where x.agreement_id = a.id"
              + " and (x.area_code = :area or lower(x.label) like :areaWords))");
      params.put("area", query.area().strip());
      params.put("areaWords", like(query.area()));
    }
    if (query.activity() != null) {
      sql.append(
          " and exists (select 1 from agreement_activity_form x where x.agreement_id = a.id"
              + " and (x.form_code = :activity or lower(x.label) like :activityWords))");
      params.put("activity", query.activity().strip());
      params.put("activityWords", like(query.activity()));
    }
    return jdbc.sql(sql.toString()).params(params).query(Long.class).list();
  }

  private static String like(String words) {
    String escaped =
        words
            .strip()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
