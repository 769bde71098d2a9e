package org.kerangka.app.implementation;

import java.util.List;
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
}
