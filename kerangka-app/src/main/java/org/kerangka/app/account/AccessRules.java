package org.kerangka.app.account;

import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * THE access-rule table: every address of the application, pages and REST API alike, with the least
 * role it needs. The first matching row decides; an address without a row is refused (deny by
 * default), and {@code AccessRulesTests} fails the build for a handler without a row. To add an
 * endpoint, add a row here and a sample request in {@code AccessMatrixTests}.
 */
public final class AccessRules {

  /**
   * A row: requests with the method (any method when null) whose path matches the pattern need one
   * of the roles (or their including roles); a public row needs no login at all.
   */
  public record Rule(@Nullable HttpMethod method, String pattern, Set<Role> roles, boolean open) {
    /** Whether the row lets an account with the given role through. */
    public boolean allows(@Nullable Role role) {
      return open || (role != null && role.included().stream().anyMatch(roles::contains));
    }

    RequestMatcher matcher() {
      return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }
  }

  private static final HttpMethod GET = HttpMethod.GET;
  private static final HttpMethod POST = HttpMethod.POST;
  private static final HttpMethod PUT = HttpMethod.PUT;
  private static final HttpMethod DELETE = HttpMethod.DELETE;

  /** The table, in matching order (specific rows before the general ones they refine). */
  public static final List<Rule> RULES =
      List.of(
          // open: login, first-admin setup, static files, API docs, errors
          open(null, "/login"),
          open(null, "/setup"),
          open(GET, "/"),
          open(GET, "/css/**"),
          open(GET, "/js/**"),
          open(GET, "/webjars/**"),
          open(GET, "/favicon.ico"),
          open(GET, "/swagger-ui.html"),
          open(GET, "/swagger-ui/**"),
          open(GET, "/v3/api-docs/**"),
          open(GET, "/v3/api-docs"),
          open(GET, "/v3/api-docs.yaml"),
          open(null, "/error"),
          // session
          allow(POST, "/logout", Role.VIEWER),
          // REST API
          allow(GET, "/api/v1/agreements", Role.VIEWER),
          allow(GET, "/api/v1/agreements/**", Role.VIEWER),
          allow(POST, "/api/v1/agreements", Role.EDITOR),
          allow(POST, "/api/v1/agreements/*/lifecycle-events", Role.EDITOR),
          allow(POST, "/api/v1/agreements/*/activities", Role.EDITOR),
          allow(PUT, "/api/v1/agreements/*", Role.EDITOR),
          allow(DELETE, "/api/v1/agreements/*", Role.EDITOR),
          allow(GET, "/api/v1/organisations", Role.VIEWER),
          allow(GET, "/api/v1/organisations/**", Role.VIEWER),
          allow(POST, "/api/v1/organisations", Role.EDITOR),
          allow(PUT, "/api/v1/organisations/*", Role.EDITOR),
          allow(GET, "/api/v1/persons/**", Role.VIEWER),
          allow(GET, "/api/v1/events/**", Role.VIEWER),
          allow(GET, "/api/v1/search", Role.VIEWER),
          // implementation records (an EDITOR limited to organisations: AccessPolicy decides)
          allow(GET, "/api/v1/activities/**", Role.VIEWER),
          allow(POST, "/api/v1/activities/*/indicators", Role.EDITOR),
          allow(PUT, "/api/v1/activities/*", Role.EDITOR),
          allow(PUT, "/api/v1/activities/*/indicators/*", Role.EDITOR),
          allow(DELETE, "/api/v1/activities/*", Role.EDITOR),
          allow(DELETE, "/api/v1/activities/*/indicators/*", Role.EDITOR),
          // monitoring and exports (exports also take the page session: see SecurityConfiguration)
          allow(GET, "/api/v1/dashboard", Role.VIEWER),
          allow(GET, "/api/v1/institutions", Role.VIEWER),
          allow(GET, "/api/v1/exports/**", Role.VIEWER),
          // capture and review (issue 5: only REVIEWER and ADMIN decide)
          allow(GET, "/api/v1/documents/**", Role.VIEWER),
          allow(POST, "/api/v1/documents", Role.EDITOR),
          allow(GET, "/api/v1/review/groups", Role.VIEWER),
          allow(GET, "/api/v1/review/groups/**", Role.VIEWER),
          allow(POST, "/api/v1/review/groups/*/accept", Role.REVIEWER),
          allow(POST, "/api/v1/review/groups/*/merge", Role.REVIEWER),
          allow(POST, "/api/v1/review/groups/*/reject", Role.REVIEWER),
          // pages
          allow(GET, "/perjanjian/baru", Role.EDITOR),
          allow(GET, "/perjanjian/*/ubah", Role.EDITOR),
          allow(GET, "/perjanjian/*/kegiatan/baru", Role.EDITOR),
          allow(POST, "/perjanjian", Role.EDITOR),
          allow(POST, "/perjanjian/*/ubah", Role.EDITOR),
          allow(POST, "/perjanjian/*/kegiatan", Role.EDITOR),
          allow(GET, "/perjanjian", Role.VIEWER),
          allow(GET, "/perjanjian/**", Role.VIEWER),
          allow(GET, "/organisasi", Role.VIEWER),
          allow(GET, "/organisasi/**", Role.VIEWER),
          allow(GET, "/orang", Role.VIEWER),
          allow(GET, "/orang/**", Role.VIEWER),
          allow(GET, "/acara/**", Role.VIEWER),
          allow(GET, "/kegiatan/*/ubah", Role.EDITOR),
          allow(POST, "/kegiatan/*/ubah", Role.EDITOR),
          allow(GET, "/kegiatan/**", Role.VIEWER),
          allow(GET, "/dasbor", Role.VIEWER),
          allow(GET, "/lembaga", Role.VIEWER),
          allow(GET, "/pengingat", Role.VIEWER),
          // a calendar client sends a personal API token (Authorization: Bearer)
          allow(GET, "/calendar.ics", Role.VIEWER),
          // capture: reading documents is VIEWER, uploading (ingest) EDITOR
          allow(GET, "/dokumen", Role.VIEWER),
          allow(GET, "/dokumen/**", Role.VIEWER),
          allow(POST, "/dokumen", Role.EDITOR),
          // review queue: anyone reads, REVIEWER (or ADMIN) decides
          allow(GET, "/tinjauan", Role.VIEWER),
          allow(GET, "/tinjauan/**", Role.VIEWER),
          allow(POST, "/tinjauan/*/terima", Role.REVIEWER),
          allow(POST, "/tinjauan/*/gabung", Role.REVIEWER),
          allow(POST, "/tinjauan/*/tolak", Role.REVIEWER));

  private AccessRules() {}

  /** The row that decides on the request, if any (none: refused). */
  public static Optional<Rule> ruleFor(HttpServletRequest request) {
    for (Rule rule : RULES) {
      if (rule.matcher().matches(request)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  private static Rule open(@Nullable HttpMethod method, String pattern) {
    return new Rule(method, pattern, Set.of(), true);
  }

  private static Rule allow(@Nullable HttpMethod method, String pattern, Role... roles) {
    return new Rule(method, pattern, EnumSet.copyOf(List.of(roles)), false);
  }
}
