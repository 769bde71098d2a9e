package org.kerangka.app.implementation;

import java.util.List;
import org.kerangka.app.monitoring.Coverage;
import org.kerangka.app.monitoring.DashboardService;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The activities section of the agreement page, used from its template as {@code
 * ${@activityPanel.activities(id)}} so that the agreement pages need no change of their own.
 */
@Component("activityPanel")
public class ActivityPanel {
  private final ActivityService activities;
  private final DashboardService dashboards;

  ActivityPanel(ActivityService activities, DashboardService dashboards) {
    this.activities = activities;
    this.dashboards = dashboards;
  }

  /** The agreement's area × activity-form coverage, names in the page language. */
  public Coverage coverage(long agreementId) {
    return dashboards.coverageOf(agreementId, LocaleContextHolder.getLocale());
  }

  public List<Activity> activities(long agreementId) {
    return activities.forAgreement(agreementId);
  }
}
