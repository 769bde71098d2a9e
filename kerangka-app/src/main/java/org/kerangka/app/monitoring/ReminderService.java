package org.kerangka.app.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.audit.AuditTrail;
import org.kerangka.app.lifecycle.AgreementStatus;
import org.kerangka.app.lifecycle.LifecycleDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Renewal reminders from the computed dates: review start (12 months before expiry), notice
 * deadline and expiry.
 *
 * <p>A reminder is <b>due</b> from its date until 30 days after the agreement's expiry (so one that
 * came due while the system was down fires at the next run, but an agreement that lapsed long ago
 * does not wake up). Terminated agreements have none. Each due reminder fires <b>once</b>: its own
 * transaction inserts the {@code reminder_sent} row (primary key agreement, kind, due date) and
 * notifies; a second run, or a concurrent one on another node, finds the row (or hits the key) and
 * does nothing. A changed date (an extension) is a new reminder.
 */
@Service
public class ReminderService {
  private static final Logger log = LoggerFactory.getLogger(ReminderService.class);

  /** How long after expiry reminders that were missed still fire. */
  static final int CATCH_UP_DAYS = 30;

  private final Lifecycles lifecycles;
  private final JdbcClient jdbc;
  private final ReminderNotifier notifier;
  private final TransactionTemplate eachInItsOwn;
  private final Clock clock;
  private final AuditTrail trail;

  ReminderService(
      Lifecycles lifecycles,
      JdbcClient jdbc,
      ReminderNotifier notifier,
      PlatformTransactionManager transactions,
      Clock clock,
      AuditTrail trail) {
    this.trail = trail;
    this.lifecycles = lifecycles;
    this.jdbc = jdbc;
    this.notifier = notifier;
    this.eachInItsOwn = new TransactionTemplate(transactions);
    this.eachInItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * Fires every due reminder not sent yet; returns the ones fired by this run. The reminders sent
   * already are read first with one query and skipped, so a run with nothing new writes nothing
   * (every write moves the registry generation on and empties the caches of every reader).
   */
  public List<Reminder> run() {
    LocalDate today = today();
    List<Reminder> due = due(today);
    if (due.isEmpty()) {
      return List.of();
    }
    Set<SentKey> sent = new HashSet<>();
    jdbc.sql("select agreement_id, kind, due_on from reminder_sent where due_on >= :from")
        .param("from", due.get(0).dueOn()) // due is sorted by date
        .query(
            (RowCallbackHandler)
                rs ->
                    sent.add(
                        new SentKey(
                            rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class))));
    List<Reminder> fired = new ArrayList<>();
    for (Reminder reminder : due) {
      if (!sent.contains(SentKey.of(reminder)) && fire(reminder)) {
        fired.add(reminder);
      }
    }
    return fired;
  }

  /** The key of a sent reminder (the primary key of {@code reminder_sent}). */
  private record SentKey(long agreementId, String kind, LocalDate dueOn) {
    static SentKey of(Reminder r) {
      return new SentKey(r.agreementId(), r.kind().name(), r.dueOn());
    }
  }

  private boolean fire(Reminder due) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    try {
      Boolean sent =
          eachInItsOwn.execute(
              status -> {
                int inserted =
                    jdbc.sql(
                            """
                            insert into reminder_sent (agreement_id, kind, due_on, sent_at)
                            select :agreement, :kind, :due, :now
                             where not exists (select 1 from reminder_sent
                                                where agreement_id = :agreement and kind = :kind
                                                  and due_on = :due)
                            """)
                        .param("agreement", due.agreementId())
                        .param("kind", due.kind().name())
                        .param("due", due.dueOn())
                        .param("now", now)
                        .update();
                if (inserted == 0) {
                  return false;
                }
                // the sent reminder in the audit trail, in its transaction (actor: system)
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("agreementId", due.agreementId());
                after.put("kind", due.kind().name());
                after.put("dueOn", due.dueOn().toString());
                after.put("sentAt", now.toString());
                trail.record(
                    "reminder_sent",
                    due.agreementId() + "/" + due.kind().name() + "/" + due.dueOn(),
                    "CREATE",
                    null,
                    after);
                notifier.notify(
                    new Reminder(due.agreementId(), due.title(), due.kind(), due.dueOn(), now));
                return true;
              });
      return Boolean.TRUE.equals(sent);
    } catch (DuplicateKeyException e) {
      // another node recorded it between our check and our insert: it fired there
      log.debug("Reminder {} already sent elsewhere", due);
      return false;
    }
  }

  /** Reminders due on {@code today} (see the class comment), sent or not. */
  List<Reminder> due(LocalDate today) {
    List<Reminder> due = new ArrayList<>();
    for (AgreementDates a : lifecycles.all(today)) {
      for (Reminder r : reminders(a)) {
        LocalDate expiry = a.dates().expiresOn();
        if (!r.dueOn().isAfter(today)
            && expiry != null
            && !today.isAfter(expiry.plusDays(CATCH_UP_DAYS))) {
          due.add(r);
        }
      }
    }
    due.sort(Comparator.comparing(Reminder::dueOn));
    return due;
  }

  /** Reminders coming due after {@code today} and on or before {@code until}, soonest first. */
  public List<Reminder> upcoming(LocalDate today, LocalDate until) {
    List<Reminder> upcoming = new ArrayList<>();
    for (AgreementDates a : lifecycles.all(today)) {
      for (Reminder r : reminders(a)) {
        if (r.dueOn().isAfter(today) && !r.dueOn().isAfter(until)) {
          upcoming.add(r);
        }
      }
    }
    upcoming.sort(Comparator.comparing(Reminder::dueOn).thenComparing(Reminder::agreementId));
    return upcoming;
  }

  /** The reminder dates of one agreement; none once it is terminated. */
  static List<Reminder> reminders(AgreementDates a) {
    if (a.status() == AgreementStatus.TERMINATED) {
      return List.of();
    }
    LifecycleDates d = a.dates();
    List<Reminder> list = new ArrayList<>();
    add(list, a, ReminderKind.REVIEW_START, d.reviewStartsOn());
    add(list, a, ReminderKind.NOTICE_DEADLINE, d.noticeDeadline());
    add(list, a, ReminderKind.EXPIRY, d.expiresOn());
    return list;
  }

  private static void add(
      List<Reminder> list, AgreementDates a, ReminderKind kind, @Nullable LocalDate on) {
    if (on != null) {
      list.add(new Reminder(a.id(), a.title(), kind, on, null));
    }
  }

  /**
   * Reminders coming due after {@code today} and on or before {@code until} of the agreements the
   * organisations are party to (all agreements when none are given), soonest first.
   */
  public List<Reminder> upcoming(LocalDate today, LocalDate until, Set<Long> organisations) {
    List<Reminder> all = upcoming(today, until);
    if (organisations.isEmpty()) {
      return all;
    }
    Set<Long> theirs = new HashSet<>(agreementsOf(organisations));
    return all.stream().filter(r -> theirs.contains(r.agreementId())).toList();
  }

  private List<Long> agreementsOf(Set<Long> organisations) {
    return jdbc.sql(
            "select distinct agreement_id from agreement_party where organisation_id in (:orgs)")
        .param("orgs", List.copyOf(organisations))
        .query(Long.class)
        .list();
  }

  /**
   * The reminders sent, newest first: of the agreements the organisations are party to, or of all
   * agreements when none are given (the reminders page passes the organisations an EDITOR is
   * limited to).
   */
  public List<Reminder> sentTo(Set<Long> organisations, int limit) {
    String only =
        organisations.isEmpty()
            ? ""
            : " where exists (select 1 from agreement_party p where p.agreement_id ="
                + " r.agreement_id and p.organisation_id in (:orgs))";
    var query =
        jdbc.sql(
            "select r.agreement_id, coalesce(a.title_id, a.title_en) as title, r.kind, r.due_on,"
                + " r.sent_at from reminder_sent r join agreement a on a.id = r.agreement_id"
                + only
                + " order by r.sent_at desc, r.due_on desc, r.agreement_id");
    if (!organisations.isEmpty()) {
      query = query.param("orgs", List.copyOf(organisations));
    }
    return query
        .query(
            (rs, n) ->
                new Reminder(
                    rs.getLong("agreement_id"),
                    String.valueOf(rs.getString("title")),
                    ReminderKind.valueOf(rs.getString("kind")),
                    rs.getObject("due_on", LocalDate.class),
                    rs.getObject("sent_at", OffsetDateTime.class)))
        .list()
        .stream()
        .limit(limit)
        .toList();
  }

  /** Writes the daily digest: one log line with what fired and what comes next. */
  public void digest(List<Reminder> fired) {
    LocalDate today = today();
    List<Reminder> next = upcoming(today, today.plusDays(30));
    log.info(
        "Reminder digest {}: {} fired today, {} due in the next 30 days{}",
        today,
        fired.size(),
        next.size(),
        next.isEmpty()
            ? ""
            : " (next: "
                + next.get(0).kind()
                + " "
                + next.get(0).dueOn()
                + " "
                + next.get(0).title()
                + ")");
  }
}
