package org.kerangka.app.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.organisation.OrganisationKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The institutions directory: research centres, think tanks, consultancies, companies and education
 * institutions with their agreements (as party) and activities (as participating organisation), and
 * the network of who works with whom: two organisations work together under an agreement when both
 * are its parties or take part in its activities, and at least one of them is an institution.
 */
@Service
public class InstitutionService {
  /** The kinds of organisation the directory lists. */
  public static final Set<OrganisationKind> KINDS =
      EnumSet.of(
          OrganisationKind.RESEARCH_CENTRE,
          OrganisationKind.THINK_TANK,
          OrganisationKind.CONSULTANCY,
          OrganisationKind.COMPANY,
          OrganisationKind.STATE_OWNED_COMPANY,
          OrganisationKind.UNIVERSITY);

  private final JdbcClient jdbc;

  InstitutionService(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Ref(long id, String title) {}

  public record ActivityRef(long id, String title, long agreementId, String role) {}

  public record Institution(
      long id,
      String name,
      OrganisationKind kind,
      @Nullable String country,
      List<Ref> agreements,
      List<ActivityRef> activities) {}

  /** Two organisations working together under an agreement; {@code via} says how each is in it. */
  public record Link(
      long organisationId,
      String organisationName,
      String organisationVia,
      long partnerId,
      String partnerName,
      String partnerVia,
      long agreementId,
      String agreementTitle) {}

  public record Directory(List<Institution> institutions, List<Link> network) {}

  @Transactional(readOnly = true)
  public Directory directory(@Nullable OrganisationKind kind, @Nullable String country) {
    Set<OrganisationKind> kinds = kind == null ? KINDS : EnumSet.of(kind);
    String code =
        country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
    Map<Long, Institution> institutions = new LinkedHashMap<>();
    jdbc.sql(
            "select id, coalesce(name_id, name_en, name_partner) as name, kind, country"
                + " from organisation where kind in (:kinds)"
                + (code == null ? "" : " and country = :country")
                + " order by lower(coalesce(name_id, name_en, name_partner)), id")
        .param("kinds", kinds.stream().map(Enum::name).toList())
        .params(code == null ? Map.of() : Map.of("country", code))
        .query(
            (rs, n) -> {
              long id = rs.getLong("id");
              institutions.put(
                  id,
                  new Institution(
                      id,
                      rs.getString("name"),
                      OrganisationKind.valueOf(rs.getString("kind")),
                      rs.getString("country"),
                      new ArrayList<>(),
                      new ArrayList<>()));
              return null;
            })
        .list();

    // every organisation involved in an agreement, and how
    record Involvement(
        long agreementId, String title, long organisationId, String name, String via) {}
    List<Involvement> involvements =
        jdbc.sql(
                """
                select p.agreement_id, coalesce(a.title_id, a.title_en) as title, p.organisation_id,
                       coalesce(o.name_id, o.name_en, o.name_partner) as name, 'PARTY' as via
                  from agreement_party p
                  join agreement a on a.id = p.agreement_id
                  join organisation o on o.id = p.organisation_id
                union all
                select x.agreement_id, coalesce(a.title_id, a.title_en), p.organisation_id,
                       coalesce(o.name_id, o.name_en, o.name_partner), 'ACTIVITY'
                  from activity_participating_org p
                  join activity x on x.id = p.activity_id
                  join agreement a on a.id = x.agreement_id
                  join organisation o on o.id = p.organisation_id
                """)
            .query(
                (rs, n) ->
                    new Involvement(
                        rs.getLong(1),
                        String.valueOf(rs.getString(2)),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5)))
            .list();

    jdbc.sql(
            """
            select p.organisation_id, x.id, x.title, x.agreement_id, p.role
              from activity_participating_org p join activity x on x.id = p.activity_id
             order by x.id, p.idx
            """)
        .query(
            (rs, n) -> {
              Institution i = institutions.get(rs.getLong(1));
              if (i != null) {
                i.activities()
                    .add(
                        new ActivityRef(
                            rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5)));
              }
              return null;
            })
        .list();

    Map<Long, Map<Long, String>> byAgreement = new TreeMap<>(); // agreement -> organisation -> via
    Map<Long, String> titles = new LinkedHashMap<>();
    Map<Long, String> names = new LinkedHashMap<>();
    for (Involvement v : involvements) {
      titles.put(v.agreementId(), v.title());
      names.put(v.organisationId(), v.name());
      byAgreement
          .computeIfAbsent(v.agreementId(), k -> new TreeMap<>())
          .merge(v.organisationId(), v.via(), (a, b) -> a.equals(b) ? a : "PARTY");
      Institution i = institutions.get(v.organisationId());
      if (i != null
          && v.via().equals("PARTY")
          && i.agreements().stream().noneMatch(r -> r.id() == v.agreementId())) {
        i.agreements().add(new Ref(v.agreementId(), v.title()));
      }
    }

    List<Link> network = new ArrayList<>();
    for (var entry : byAgreement.entrySet()) {
      List<Long> orgs = new ArrayList<>(new TreeSet<>(entry.getValue().keySet()));
      for (int i = 0; i < orgs.size(); i++) {
        for (int j = i + 1; j < orgs.size(); j++) {
          long a = orgs.get(i);
          long b = orgs.get(j);
          if (!institutions.containsKey(a) && !institutions.containsKey(b)) {
            continue;
          }
          if (!institutions.containsKey(a)) { // the institution first
            long t = a;
            a = b;
            b = t;
          }
          network.add(
              new Link(
                  a,
                  names.get(a),
                  entry.getValue().get(a),
                  b,
                  names.get(b),
                  entry.getValue().get(b),
                  entry.getKey(),
                  titles.get(entry.getKey())));
        }
      }
    }
    network.sort(
        Comparator.comparing((Link l) -> l.organisationName().toLowerCase(Locale.ROOT))
            .thenComparing(l -> l.partnerName().toLowerCase(Locale.ROOT))
            .thenComparing(Link::agreementId));
    return new Directory(List.copyOf(institutions.values()), network);
  }
}
