package org.kerangka.app.implementation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/** A result indicator of an activity: a baseline and, per period, a target and what was reached. */
public class Indicator {
  private @Id @Nullable Long id;
  private @Version @Nullable Long version;
  private long activityId;
  private String title;
  private IndicatorMeasure measure;
  private boolean ascending;
  private @Nullable Integer baselineYear;
  private @Nullable BigDecimal baselineValue;

  @MappedCollection(idColumn = "indicator_id", keyColumn = "idx")
  private List<IndicatorPeriod> periods = new ArrayList<>();

  @PersistenceCreator
  Indicator(
      @Nullable Long id,
      @Nullable Long version,
      long activityId,
      String title,
      IndicatorMeasure measure,
      boolean ascending) {
    this.id = id;
    this.version = version;
    this.activityId = activityId;
    this.title = title;
    this.measure = measure;
    this.ascending = ascending;
  }

  public static Indicator of(long activityId, String title, IndicatorMeasure measure) {
    Indicator indicator = new Indicator(null, null, activityId, "-", measure, true);
    indicator.define(title, measure, true);
    return indicator;
  }

  /** What is measured and whether higher values are better. */
  public void define(String title, IndicatorMeasure measure, boolean ascending) {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("an indicator needs a title");
    }
    this.title = title.strip();
    this.measure = measure;
    this.ascending = ascending;
  }

  public void baseline(@Nullable Integer year, @Nullable BigDecimal value) {
    this.baselineYear = year;
    this.baselineValue = value;
  }

  /** Replaces the periods, kept in date order. */
  public void measuredOver(List<IndicatorPeriod> periods) {
    List<IndicatorPeriod> sorted = new ArrayList<>(periods);
    sorted.sort(Comparator.comparing(IndicatorPeriod::periodStart));
    this.periods = sorted;
  }

  public @Nullable Long id() {
    return id;
  }

  public long version() {
    return version == null ? 0 : version;
  }

  public long activityId() {
    return activityId;
  }

  public String title() {
    return title;
  }

  public IndicatorMeasure measure() {
    return measure;
  }

  public boolean ascending() {
    return ascending;
  }

  public @Nullable Integer baselineYear() {
    return baselineYear;
  }

  public @Nullable BigDecimal baselineValue() {
    return baselineValue;
  }

  public List<IndicatorPeriod> periods() {
    return List.copyOf(periods);
  }
}
