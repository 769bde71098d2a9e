package org.kerangka.app.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.web.NotFoundException;
import org.kerangka.app.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Per-record history ("who changed what, when", field by field) of agreements and organisations,
 * and the as-of view: an agreement as the registry had recorded it at the end of a given day (UTC),
 * rebuilt from the audit trail. Notes of a confidential agreement stay hidden from those who may
 * not read them, in every version.
 */
@PageController
class HistoryPages {
  private final AuditTrail trail;
  private final TextAccess access;
  private final MessageSource messages;

  HistoryPages(AuditTrail trail, TextAccess access, MessageSource messages) {
    this.trail = trail;
    this.access = access;
    this.messages = messages;
  }

  @GetMapping("/perjanjian/{id}/riwayat")
  String agreementHistory(@PathVariable long id, Model model) {
    return history("agreement", id, "/perjanjian/" + id, "agreements", model);
  }

  @GetMapping("/organisasi/{id}/riwayat")
  String organisationHistory(@PathVariable long id, Model model) {
    return history("organisation", id, "/organisasi/" + id, "organisations", model);
  }

  @GetMapping("/perjanjian/{id}/pada")
  String agreementAsOf(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String tanggal,
      Model model,
      HttpServletResponse response) {
    List<AuditEvent> events = require("agreement", id);
    model.addAttribute("back", "/perjanjian/" + id);
    model.addAttribute("section", "agreements");
    model.addAttribute("title", title(events));
    LocalDate day;
    try {
      day = LocalDate.parse(tanggal == null ? "" : tanggal.strip());
    } catch (DateTimeParseException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("badDate", true);
      model.addAttribute("tanggal", tanggal);
      return "audit/asof";
    }
    model.addAttribute("day", day);
    model.addAttribute("tanggal", day.toString());
    Optional<AuditEvent> recorded =
        trail.asOf(
            "agreement",
            String.valueOf(id),
            day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusMillis(1));
    model.addAttribute("recorded", recorded.orElse(null));
    if (recorded.isPresent() && recorded.get().afterJson() != null) {
      Map<String, @Nullable Object> snapshot = HistoryView.parse(recorded.get().afterJson());
      model.addAttribute("fields", HistoryView.fields(snapshot, hidden(events), hiddenText()));
    }
    return "audit/asof";
  }

  private String history(String entity, long id, String back, String section, Model model) {
    List<AuditEvent> events = require(entity, id);
    model.addAttribute("title", title(events));
    model.addAttribute("back", back);
    model.addAttribute("section", section);
    model.addAttribute("entries", HistoryView.entries(events, hidden(events), hiddenText()));
    return "audit/history";
  }

  private List<AuditEvent> require(String entity, long id) {
    List<AuditEvent> events = trail.history(entity, String.valueOf(id));
    if (events.isEmpty()) {
      throw new NotFoundException(entity, id);
    }
    return events;
  }

  /**
   * The fields the current user may not see: the notes, when any version of the record was
   * confidential and the user may not read the text of the record's organisations.
   */
  private Set<String> hidden(List<AuditEvent> events) {
    boolean confidential = false;
    List<Long> organisations = new ArrayList<>();
    for (AuditEvent event : events) {
      for (String json : new String[] {event.beforeJson(), event.afterJson()}) {
        Map<String, @Nullable Object> snapshot = HistoryView.parse(json);
        if (snapshot == null) {
          continue;
        }
        confidential |= Boolean.TRUE.equals(snapshot.get("confidential"));
        if (snapshot.get("parties") instanceof List<?> parties) {
          for (Object party : parties) {
            if (party instanceof Map<?, ?> p && p.get("organisationId") instanceof Number n) {
              organisations.add(n.longValue());
            }
          }
        }
      }
    }
    return access.canReadText(organisations, confidential) ? Set.of() : Set.of("notes");
  }

  private String hiddenText() {
    return messages.getMessage("history.hidden", null, LocaleContextHolder.getLocale());
  }

  private static String title(List<AuditEvent> events) {
    for (int i = events.size() - 1; i >= 0; i--) {
      AuditEvent event = events.get(i);
      Map<String, @Nullable Object> snapshot =
          HistoryView.parse(event.afterJson() != null ? event.afterJson() : event.beforeJson());
      if (snapshot != null) {
        for (String field : new String[] {"titleId", "titleEn", "nameId", "nameEn", "name"}) {
          if (snapshot.get(field) instanceof String s && !s.isBlank()) {
            return s;
          }
        }
      }
    }
    return "#" + events.get(0).entityId();
  }
}
