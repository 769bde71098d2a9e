package org.kerangka.app.lifecycle;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Random but plausible agreement lifecycles for property tests: varied signing dates, entry into
 * force on signature or later, terms of months or years (or none), every renewal mode, notice
 * periods, and histories with late entries into force, extensions (also after lapse), amendments
 * and terminations.
 */
public final class RandomLifecycles {
  private final Random random;

  public RandomLifecycles(long seed) {
    this.random = new Random(seed);
  }

  /** A term and its history. */
  public record Lifecycle(Term term, List<LifecycleEvent> events) {}

  public Lifecycle next() {
    LocalDate signed = random.nextInt(12) == 0 ? null : day(2000, 2030);
    LocalDate entry =
        signed != null && random.nextInt(4) == 0
            ? signed.plusDays(random.nextInt(400))
            : (signed == null && random.nextInt(3) == 0 ? day(2000, 2030) : null);
    Period term = pick(null, Period.ofYears(1), Period.ofYears(3), Period.ofYears(5), null);
    if (random.nextInt(6) == 0) {
      term = Period.ofMonths(1 + random.nextInt(30));
    }
    Period notice =
        term == null || random.nextBoolean()
            ? null
            : pick(Period.ofMonths(1), Period.ofMonths(3), Period.ofMonths(6), Period.ofDays(90));
    if (notice != null && term.toTotalMonths() * 30 < (notice.toTotalMonths() * 31 + 92)) {
      notice = null;
    }
    RenewalMode renewal = RenewalMode.values()[random.nextInt(RenewalMode.values().length)];
    List<LifecycleEvent> events = new ArrayList<>();
    LocalDate base = signed != null ? signed : (entry != null ? entry : day(2000, 2030));
    int count = random.nextInt(5);
    for (int i = 0; i < count; i++) {
      LocalDate on = base.plusDays(random.nextInt(365 * 9) - 200);
      LifecycleEventType type =
          LifecycleEventType.values()[random.nextInt(LifecycleEventType.values().length)];
      Period extension =
          type == LifecycleEventType.EXTENDED
              ? pick(Period.ofYears(1), Period.ofYears(2), Period.ofMonths(18))
              : null;
      events.add(new LifecycleEvent(type, on, extension, null));
    }
    return new Lifecycle(new Term(signed, entry, term, renewal, notice), events);
  }

  /** A day between January 1 of {@code fromYear} and December 31 of {@code toYear}. */
  public LocalDate day(int fromYear, int toYear) {
    LocalDate from = LocalDate.of(fromYear, 1, 1);
    int days = (int) (LocalDate.of(toYear, 12, 31).toEpochDay() - from.toEpochDay());
    return from.plusDays(random.nextInt(days + 1));
  }

  @SafeVarargs
  private <T> @Nullable T pick(@Nullable T... choices) {
    return choices[random.nextInt(choices.length)];
  }
}
