package org.kerangka.app.monitoring;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the monitoring dashboard and of an agreement's coverage matrix. */
@RestController
class DashboardController {
  private final DashboardService dashboards;
  private final org.kerangka.app.agreement.AgreementService agreements;

  DashboardController(
      DashboardService dashboards, org.kerangka.app.agreement.AgreementService agreements) {
    this.dashboards = dashboards;
    this.agreements = agreements;
  }

  /** The dashboard on {@code on} (default today); labels in the page language. */
  @GetMapping("/api/v1/dashboard")
  Dashboard dashboard(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate on) {
    return dashboards.dashboard(
        on == null ? dashboards.today() : on, LocaleContextHolder.getLocale());
  }

  /**
   * The area × activity-form coverage of one agreement; committed areas without activity flagged.
   */
  @GetMapping("/api/v1/agreements/{id}/coverage")
  Coverage coverage(@PathVariable long id) {
    agreements.require(id);
    return dashboards.coverageOf(id, LocaleContextHolder.getLocale());
  }
}
