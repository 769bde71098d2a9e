package org.kerangka.app.implementation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kerangka.app.RegistryTest;
import org.kerangka.app.monitoring.Dashboard;
import org.kerangka.app.monitoring.DashboardService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The monitoring dashboard is kept until the next write: every activity write (create, update,
 * delete) makes the next dashboard come from the new summaries.
 */
@RegistryTest
class DashboardAfterActivityWriteTests {
  @Autowired private ActivityService activities;
  @Autowired private DashboardService dashboards;
  @Autowired private JdbcClient jdbc;

  private static ActivityRequest request(String status, LocalDate start, LocalDate end) {
    return new ActivityRequest(
        null,
        "Uji dasbor",
        null,
        null,
        null,
        "FORM_TRAINING",
        "AREA_SOLAR_PV",
        ActivityStatus.valueOf(status),
        null,
        null,
        start,
        end,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void everyActivityWriteMakesTheNextDashboardComeFromTheNewSummaries() {
    LocalDate on = LocalDate.parse("2026-11-28");
    Dashboard first = dashboards.dashboard(on, Locale.ROOT);
    assertThat(first.dormant()).isNotEmpty();
    long sleeping = first.dormant().get(0).id();

    Activity created =
        activities.create(sleeping, request("IMPLEMENTATION", LocalDate.parse("2026-10-01"), null));
    Dashboard afterCreate = dashboards.dashboard(on, Locale.ROOT);
    assertThat(afterCreate.activities()).isEqualTo(first.activities() + 1);
    assertThat(afterCreate.dormant()).extracting(Dashboard.Dormant::id).doesNotContain(sleeping);
    assertThat(afterCreate.dormantCount()).isEqualTo(first.dormantCount() - 1);
    assertThat(afterCreate.coverage().cell("AREA_SOLAR_PV", "FORM_TRAINING"))
        .isEqualTo(first.coverage().cell("AREA_SOLAR_PV", "FORM_TRAINING") + 1);

    activities.update(
        created.id(),
        created.version(),
        request("CLOSED", LocalDate.parse("2024-01-01"), LocalDate.parse("2024-02-01")));
    Dashboard afterUpdate = dashboards.dashboard(on, Locale.ROOT);
    assertThat(afterUpdate.dormant()).extracting(Dashboard.Dormant::id).contains(sleeping);
    assertThat(afterUpdate.dormant())
        .filteredOn(d -> d.id() == sleeping)
        .extracting(Dashboard.Dormant::lastActivityOn)
        .containsExactly(LocalDate.parse("2024-02-01"));

    long version =
        jdbc.sql("select version from activity where id = :id")
            .param("id", created.id())
            .query(Long.class)
            .single();
    activities.delete(created.id(), version);
    Dashboard afterDelete = dashboards.dashboard(on, Locale.ROOT);
    assertThat(afterDelete.activities()).isEqualTo(first.activities());
    assertThat(afterDelete.dormantCount()).isEqualTo(first.dormantCount());
    assertThat(afterDelete.dormant()).isEqualTo(first.dormant());
    assertThat(List.of(afterDelete.coverage())).isEqualTo(List.of(first.coverage()));
  }
}
