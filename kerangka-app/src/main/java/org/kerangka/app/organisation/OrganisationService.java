package org.kerangka.app.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds, creates and changes organisations. The module's API for other features. */
@Service
public class OrganisationService {
  private final OrganisationRepository organisations;
  private final JdbcClient jdbc;

  OrganisationService(OrganisationRepository organisations, JdbcClient jdbc) {
    this.organisations = organisations;
    this.jdbc = jdbc;
  }

  public Optional<Organisation> find(long id) {
    return organisations.findById(id);
  }

  public Organisation require(long id) {
    return organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation", id));
  }

  public boolean exists(long id) {
    return organisations.existsById(id);
  }

  /** Organisations whose name or alias contains {@code text}, in a given country; by name. */
  public List<Organisation> list(@Nullable String text, @Nullable String country) {
    String needle = text == null ? null : text.strip().toLowerCase(Locale.ROOT);
    return organisations.findAll().stream()
        .filter(o -> country == null || country.equalsIgnoreCase(o.country()))
        .filter(o -> needle == null || mentions(o, needle))
        .sorted(Comparator.comparing(o -> o.displayName().toLowerCase(Locale.ROOT)))
        .toList();
  }

  private static boolean mentions(Organisation o, String needle) {
    return o.displayName().toLowerCase(Locale.ROOT).contains(needle)
        || (o.nameEn() != null && o.nameEn().toLowerCase(Locale.ROOT).contains(needle))
        || o.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(needle));
  }

  /** The organisation that answers to any of the names (name or alias, ignoring case). */
  public Optional<Organisation> findByAnyName(List<String> names) {
    for (String name : names) {
      String key = name.strip().toLowerCase(Locale.ROOT);
      List<Long> ids =
          jdbc.sql(
                  """
                  select id from organisation
                   where lower(name_id) = :key or lower(name_en) = :key or lower(name_partner) = :key
                  union
                  select organisation_id from organisation_alias where lower(alias) = :key
                  """)
              .param("key", key)
              .query(Long.class)
              .list();
      if (!ids.isEmpty()) {
        return organisations.findById(ids.stream().min(Long::compare).orElseThrow());
      }
    }
    return Optional.empty();
  }

  @Transactional
  public Organisation save(Organisation organisation) {
    Long parent = organisation.parentId();
    if (parent != null && !organisations.existsById(parent)) {
      throw new org.kerangka.app.web.InvalidFieldException(
          "parentId", "organisation " + parent + " does not exist");
    }
    return organisations.save(organisation);
  }
}
