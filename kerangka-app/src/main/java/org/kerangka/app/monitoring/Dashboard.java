package org.kerangka.app.monitoring;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The monitoring dashboard on a day. Lists of agreements are cut to their first {@link
 * DashboardService#LIST_LIMIT} entries; the counts beside them are complete.
 */
public record Dashboard(
    LocalDate on,
    long agreements,
    long activities,
    List<Count> byPartnerCountry,
    List<Count> byStatus,
    List<Count> byArea,
    List<Count> byInstrument,
    Expiring expiring,
    long dormantCount,
    List<Dormant> dormant,
    Coverage coverage,
    List<CountryRate> implementationRate,
    List<TermBar> timeline) {

  /** How many agreements have a key (a country code, status, area code or instrument). */
  public record Count(String key, String label, long count) {}

  /** Agreements in force whose expiry falls within 3, 6 and 12 months, and the soonest ones. */
  public record Expiring(
      long within3Months, long within6Months, long within12Months, List<Upcoming> soonest) {}

  public record Upcoming(
      long id,
      String title,
      LocalDate expiresOn,
      @Nullable LocalDate noticeDeadline,
      @Nullable LocalDate reviewStartsOn) {}

  /**
   * An agreement in force with no activity in the last 12 months; {@code lastActivityOn} is absent
   * when nothing has happened since signing.
   */
  public record Dormant(
      long id, String title, @Nullable LocalDate signedOn, @Nullable LocalDate lastActivityOn) {}

  /** Share of a partner country's agreements with at least one activity under way or done. */
  public record CountryRate(String country, long agreements, long implemented, double rate) {}

  /** An agreement's term from entry into force to expiry, for the timeline. */
  public record TermBar(long id, String title, LocalDate from, LocalDate to, String status) {}
}
