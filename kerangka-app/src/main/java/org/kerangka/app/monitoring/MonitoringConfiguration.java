package org.kerangka.app.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The clock that says what day it is for monitoring and reminders, and the scheduler of the daily
 * reminder run. {@code kerangka.clock=2027-09-10T06:00:00Z} fixes the clock (tests,
 * demonstrations); by default it is the system clock in the system's zone.
 */
@Configuration
@EnableScheduling
class MonitoringConfiguration {

  @Bean
  Clock clock(@Value("${kerangka.clock:}") String fixed) {
    if (fixed.isBlank()) {
      return Clock.systemDefaultZone();
    }
    return Clock.fixed(Instant.parse(fixed.strip()), ZoneId.systemDefault());
  }
}
