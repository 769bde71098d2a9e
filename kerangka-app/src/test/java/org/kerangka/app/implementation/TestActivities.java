package org.kerangka.app.implementation;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Removes the activities a test added to the shared registry (through the service, so the
 * monitoring summaries follow), so that other test classes still see only the demo data's.
 */
public final class TestActivities {
  private TestActivities() {}

  /** The newest activity id now; pass it to {@link #removeAfter} when the test is done. */
  public static long lastId(JdbcClient jdbc) {
    return jdbc.sql("select coalesce(max(id), 0) from activity").query(Long.class).single();
  }

  /** Deletes every activity newer than the mark, sub-activities first. */
  public static void removeAfter(long lastId, JdbcClient jdbc, ActivityService activities) {
    List<Long> ids =
        jdbc.sql("select id from activity where id > :id order by id desc")
            .param("id", lastId)
            .query(Long.class)
            .list();
    for (long id : ids) {
      activities.find(id).ifPresent(a -> activities.delete(id, a.version()));
    }
  }

  /** Adds an activity through the service (as {@code POST}), with the summaries' upkeep. */
  public static long create(
      ActivityService activities,
      long agreementId,
      String status,
      @Nullable LocalDate actualStart,
      @Nullable LocalDate actualEnd,
      @Nullable String areaCode,
      @Nullable String formCode) {
    return java.util.Objects.requireNonNull(
        activities
            .create(agreementId, request(status, actualStart, actualEnd, areaCode, formCode))
            .id());
  }

  /** Changes an activity's status and dates through the service (as {@code PUT}). */
  public static void update(
      ActivityService activities,
      long id,
      String status,
      @Nullable LocalDate actualStart,
      @Nullable LocalDate actualEnd) {
    Activity activity = activities.require(id);
    activities.update(
        id,
        activity.version(),
        request(status, actualStart, actualEnd, activity.areaCode(), activity.formCode()));
  }

  /** Deletes an activity through the service (as {@code DELETE}). */
  public static void delete(ActivityService activities, long id) {
    activities.delete(id, activities.require(id).version());
  }

  private static ActivityRequest request(
      String status,
      @Nullable LocalDate actualStart,
      @Nullable LocalDate actualEnd,
      @Nullable String areaCode,
      @Nullable String formCode) {
    return new ActivityRequest(
        null,
        "Kegiatan uji",
        null,
        null,
        null,
        formCode,
        areaCode,
        ActivityStatus.valueOf(status),
        null,
        null,
        actualStart,
        actualEnd,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
