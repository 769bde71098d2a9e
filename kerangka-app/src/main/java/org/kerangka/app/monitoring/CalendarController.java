package org.kerangka.app.monitoring;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.web.InvalidFieldException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /calendar.ics}: an iCalendar feed of the renewal dates (review start, notice deadline,
 * expiry) of the agreements that are not terminated, as all-day events. {@code ?country=CN} keeps
 * the agreements with a party from that country. Each event's UID is made of the agreement id and
 * the kind of date, so a calendar that subscribes sees a moved date (an extension) as the same
 * event, changed. Dates more than a year past are left out.
 */
@RestController
class CalendarController {
  static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

  private final Lifecycles lifecycles;
  private final JdbcClient jdbc;
  private final MessageSource messages;
  private final java.time.Clock clock;

  CalendarController(
      Lifecycles lifecycles, JdbcClient jdbc, MessageSource messages, java.time.Clock clock) {
    this.lifecycles = lifecycles;
    this.jdbc = jdbc;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/calendar.ics")
  ResponseEntity<String> calendar(@RequestParam(required = false) @Nullable String country) {
    Set<Long> only = null;
    if (country != null && !country.isBlank()) {
      String code = country.strip().toUpperCase(Locale.ROOT);
      if (!code.matches("[A-Z]{2}")) {
        throw new InvalidFieldException("country", "must be an ISO 3166-1 alpha-2 code such as CN");
      }
      only =
          new HashSet<>(
              jdbc.sql(
                      "select distinct p.agreement_id from agreement_party p join organisation o"
                          + " on o.id = p.organisation_id where o.country = :country")
                  .param("country", code)
                  .query(Long.class)
                  .list());
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate from = today.minusYears(1);
    Locale locale = LocaleContextHolder.getLocale();
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Kerangka//Renewal dates//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    for (AgreementDates a : lifecycles.all(today)) {
      if (only != null && !only.contains(a.id())) {
        continue;
      }
      List<Reminder> dates = ReminderService.reminders(a);
      for (Reminder r : dates) {
        if (r.dueOn().isBefore(from)) {
          continue;
        }
        String what = messages.getMessage("reminder." + r.kind().name(), null, locale);
        VEvent event = new VEvent(r.dueOn(), what + ": " + a.title());
        event.add(
            new Uid(
                "agreement-"
                    + a.id()
                    + "-"
                    + r.kind().name().toLowerCase(Locale.ROOT)
                    + "@kerangka"));
        event.add(new Description(what + " — " + a.title() + " (/perjanjian/" + a.id() + ")"));
        calendar.add(event);
      }
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ResponseEntity.ok()
        .contentType(TEXT_CALENDAR)
        .header("Content-Disposition", "inline; filename=\"kerangka.ics\"")
        .body(out.toString());
  }
}
