package org.kerangka.app.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kerangka.app.lifecycle.AgreementStatus;
import org.kerangka.app.web.NotFoundException;
import org.kerangka.app.web.PageResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and stores agreements. Lists filter, sort and page in SQL: status and expiry filters use
 * the lifecycle columns and status timeline that every save stores with the agreement (computed by
 * the lifecycle calculator).
 */
@Service
public class AgreementService {
  private final AgreementRepository agreements;
  private final JdbcClient jdbc;
  private final AgreementLoader loader;

  AgreementService(AgreementRepository agreements, JdbcClient jdbc, AgreementLoader loader) {
    this.agreements = agreements;
    this.jdbc = jdbc;
    this.loader = loader;
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

  /**
   * One page of the agreements that match the query, in its order, with the total count. Every
   * filter, the order and the paging run in SQL over the stored lifecycle columns and status
   * timeline; only the page's agreements are loaded (one query per table).
   */
  @Transactional(readOnly = true)
  public PageResponse<AgreementView> search(AgreementQuery query) {
    Map<String, Object> params = new LinkedHashMap<>();
    String where = where(query, params);
    long total =
        jdbc.sql("select count(*) from agreement a" + where)
            .params(params)
            .query(AgreementLoader.ID)
            .single();
    long offset = (long) query.page() * query.size();
    List<Long> ids =
        offset >= total
            ? List.of()
            : jdbc.sql(
                    "select a.id from agreement a"
                        + where
                        + " order by "
                        + AgreementQuery.orderBy(query.sort())
                        + " limit "
                        + query.size()
                        + " offset "
                        + offset)
                .params(params)
                .query(AgreementLoader.ID)
                .list();
    List<AgreementView> views =
        loader.load(ids).stream().map(a -> AgreementView.of(a, query.on())).toList();
    int pages = (int) ((total + query.size() - 1) / query.size());
    return new PageResponse<>(views, query.page(), query.size(), total, pages);
  }

  /**
   * Every agreement the query's filters select, in its order, ignoring its page and size: for
   * exports, which carry the whole selection. Filtered and ordered in SQL like {@link #search}.
   */
  @Transactional(readOnly = true)
  public List<AgreementView> matching(AgreementQuery query) {
    Map<String, Object> params = new LinkedHashMap<>();
    String where = where(query, params);
    List<Long> ids =
        jdbc.sql(
                "select a.id from agreement a"
                    + where
                    + " order by "
                    + AgreementQuery.orderBy(query.sort()))
            .params(params)
            .query(AgreementLoader.ID)
            .list();
    List<AgreementView> views = new ArrayList<>(ids.size());
    for (int from = 0; from < ids.size(); from += 1000) {
      loader.load(ids.subList(from, Math.min(ids.size(), from + 1000))).stream()
          .map(a -> AgreementView.of(a, query.on()))
          .forEach(views::add);
    }
    return views;
  }

  /**
   * Hands every agreement to {@code consumer}, loading them a thousand at a time with one query per
   * table (for bulk readers such as the search index rebuild). Read-only copies.
   */
  @Transactional(readOnly = true)
  public void forEachAgreement(java.util.function.Consumer<Agreement> consumer) {
    long after = 0;
    while (true) {
      List<Long> ids =
          jdbc.sql("select id from agreement where id > :after order by id limit 1000")
              .param("after", after)
              .query(AgreementLoader.ID)
              .list();
      if (ids.isEmpty()) {
        return;
      }
      loader.load(ids).forEach(consumer);
      after = ids.get(ids.size() - 1);
    }
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

  /** The WHERE clause (empty without filters, so the plain count stays cheap) and its values. */
  private static String where(AgreementQuery query, Map<String, Object> params) {
    List<String> conditions = new ArrayList<>();
    if (query.instrument() != null) {
      conditions.add("a.instrument = :instrument");
      params.put("instrument", query.instrument().name());
    }
    if (query.signedFrom() != null) {
      conditions.add("a.signed_on >= :signedFrom");
      params.put("signedFrom", query.signedFrom());
    }
    if (query.signedTo() != null) {
      conditions.add("a.signed_on <= :signedTo");
      params.put("signedTo", query.signedTo());
    }
    if (query.expiringBefore() != null) {
      conditions.add("a.expires_on < :expiringBefore");
      params.put("expiringBefore", query.expiringBefore());
    }
    if (query.status() != null) {
      conditions.add(
          "exists (select 1 from agreement_status_period s where s.agreement_id = a.id"
              + " and s.status = :status and (s.starts_on is null or s.starts_on <= :on)"
              + " and (s.ends_on is null or s.ends_on >= :on))");
      params.put("status", query.status().name());
      params.put("on", query.on());
      if (query.status() == AgreementStatus.IN_FORCE
          || query.status() == AgreementStatus.EXPIRING) {
        // Implied by the timeline (in force or expiring on a day means not expired by then; the
        // stored expiry counts every extension, so it is never earlier), stated so that the
        // expiry index narrows the rows whose timeline must be checked.
        conditions.add(
            query.expiringBefore() != null
                ? "a.expires_on >= :on" // open-ended ones are excluded by expiringBefore anyway
                : "(a.expires_on is null or a.expires_on >= :on)");
      }
    }
    if (query.organisation() != null) {
      conditions.add(
          "exists (select 1 from agreement_party p where p.agreement_id = a.id"
              + " and p.organisation_id = :organisation)");
      params.put("organisation", query.organisation());
    }
    if (query.country() != null) {
      conditions.add(
          "exists (select 1 from agreement_party p join organisation o"
              + " on o.id = p.organisation_id where p.agreement_id = a.id and o.country = :country)");
      params.put("country", query.country().strip().toUpperCase(Locale.ROOT));
    }
    if (query.area() != null) {
      conditions.add(
          "exists (select 1 from agreement_area x where x.agreement_id = a.id"
              + " and (x.area_code = :area or lower(x.label) like :areaWords))");
      params.put("area", query.area().strip());
      params.put("areaWords", like(query.area()));
    }
    if (query.activity() != null) {
      conditions.add(
          "exists (select 1 from agreement_activity_form x where x.agreement_id = a.id"
              + " and (x.form_code = :activity or lower(x.label) like :activityWords))");
      params.put("activity", query.activity().strip());
      params.put("activityWords", like(query.activity()));
    }
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
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
