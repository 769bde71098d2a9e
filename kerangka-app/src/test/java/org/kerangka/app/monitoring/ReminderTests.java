package org.kerangka.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kerangka.app.KerangkaApplication;
import org.kerangka.app.web.RegistryGeneration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reminders across restarts: the application is started, stopped and started again on one H2 file
 * with the clock ({@code kerangka.clock}) moved between the runs, as if the server had been down
 * while the MIIT MoU's review start (7 September 2027) came due.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReminderTests {

  private static ConfigurableApplicationContext start(Path dir, String instant) {
    // command-line arguments: they win over application.yml (builder properties would not)
    return new SpringApplicationBuilder(KerangkaApplication.class)
        .web(WebApplicationType.NONE)
        .run(
            "--spring.datasource.url=jdbc:h2:file:"
                + dir.resolve("kerangka")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "WRITE_DELAY=0;TRACE_LEVEL_FILE=0",
            "--kerangka.data-dir=" + dir,
            "--kerangka.demo-data=true",
            "--kerangka.clock=" + instant);
  }

  private static long miit(ConfigurableApplicationContext context) {
    return context
        .getBean(JdbcClient.class)
        .sql(
            "select p.agreement_id from agreement_party p join organisation o"
                + " on o.id = p.organisation_id where o.country = 'CN'")
        .query(Long.class)
        .single();
  }

  private static List<String> sent(ConfigurableApplicationContext context, long agreement) {
    return context
        .getBean(JdbcClient.class)
        .sql(
            "select kind || ' ' || due_on from reminder_sent where agreement_id = :a order by due_on")
        .param("a", agreement)
        .query(String.class)
        .list();
  }

  private static long count(CapturedOutput output, String text) {
    return output.getAll().lines().filter(l -> l.contains(text)).count();
  }

  @Test
  void aReminderThatCameDueWhileTheSystemWasDownFiresOnceAtTheNextStart(
      @TempDir Path dir, CapturedOutput output) throws Exception {
    // the Korean demo MoU has the same term (a reviewer's decision), so lines name the agreement
    String reviewStartOfAny = "Reminder REVIEW_START due 2027-09-07";
    long miit;
    // running before the review starts: nothing is due yet
    try (ConfigurableApplicationContext before = start(dir, "2027-09-01T06:00:00Z")) {
      miit = miit(before);
      assertThat(sent(before, miit)).isEmpty();
      assertThat(before.getBean(ReminderService.class).today()).isEqualTo(LocalDate.of(2027, 9, 1));
    }
    assertThat(count(output, reviewStartOfAny)).isZero();
    String reviewStart = reviewStartOfAny + " for agreement " + miit + " ";
    assertThat(output.getAll()).contains("Reminder digest 2027-09-01: 0 fired today");

    // down over 7 September, started again on the 10th: the review start fires once
    try (ConfigurableApplicationContext after = start(dir, "2027-09-10T06:00:00Z")) {
      assertThat(sent(after, miit)).containsExactly("REVIEW_START 2027-09-07");
      // running again (the daily job on the same day) fires nothing more, and writes nothing:
      // the caches of the readers stay valid
      long generation = RegistryGeneration.current();
      assertThat(after.getBean(ReminderService.class).run()).isEmpty();
      assertThat(RegistryGeneration.current()).isEqualTo(generation);
    }
    assertThat(count(output, reviewStart)).isEqualTo(1);

    // a further start fires none
    try (ConfigurableApplicationContext again = start(dir, "2027-09-11T06:00:00Z")) {
      assertThat(sent(again, miit)).containsExactly("REVIEW_START 2027-09-07");
    }
    assertThat(count(output, reviewStart)).isEqualTo(1);

    // past expiry (7 September 2028) the expiry reminder fires, and the review start not again
    try (ConfigurableApplicationContext expired = start(dir, "2028-09-20T06:00:00Z")) {
      assertThat(sent(expired, miit))
          .containsExactly("REVIEW_START 2027-09-07", "EXPIRY 2028-09-07");
    }
    assertThat(count(output, reviewStart)).isEqualTo(1);
    assertThat(count(output, "Reminder EXPIRY due 2028-09-07 for agreement " + miit)).isEqualTo(1);
  }
}
