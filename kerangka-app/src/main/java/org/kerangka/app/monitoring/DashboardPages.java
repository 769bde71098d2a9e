package org.kerangka.app.monitoring;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.ObjectMapper;

/**
 * The dashboard page. Chart data travels in {@code data-chart} attributes as JSON and {@code
 * /js/dashboard.js} draws it with Chart.js: no inline script.
 */
@PageController
class DashboardPages {
  private final DashboardService dashboards;
  private final MessageSource messages;
  private final ObjectMapper json;

  DashboardPages(DashboardService dashboards, MessageSource messages, ObjectMapper json) {
    this.dashboards = dashboards;
    this.messages = messages;
    this.json = json;
  }

  @GetMapping("/dasbor")
  String dashboard(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate on,
      Model model) {
    var locale = LocaleContextHolder.getLocale();
    Dashboard d = dashboards.dashboard(on == null ? dashboards.today() : on, locale);
    model.addAttribute("d", d);
    Map<String, String> charts = new LinkedHashMap<>();
    charts.put("country", chart("bar", "dashboard.chart.agreements", d.byPartnerCountry(), null));
    charts.put(
        "status",
        chart(
            "doughnut",
            "dashboard.chart.agreements",
            d.byStatus().stream()
                .filter(c -> c.count() > 0)
                .map(
                    c ->
                        new Dashboard.Count(
                            c.key(), message("status." + c.key(), c.key()), c.count()))
                .toList(),
            null));
    charts.put("area", chart("bar", "dashboard.chart.agreements", d.byArea(), "y"));
    charts.put(
        "instrument",
        chart(
            "pie",
            "dashboard.chart.agreements",
            d.byInstrument().stream()
                .map(
                    c ->
                        new Dashboard.Count(
                            c.key(), message("instrument." + c.key(), c.key()), c.count()))
                .toList(),
            null));
    charts.put(
        "rate",
        write(
            Map.of(
                "type", "bar",
                "label", message("dashboard.chart.rate", "%"),
                "percent", true,
                "labels",
                    d.implementationRate().stream()
                        .map(r -> DashboardService.countryName(r.country(), locale))
                        .toList(),
                "values",
                    d.implementationRate().stream()
                        .map(r -> Math.round(r.rate() * 1000) / 10.0)
                        .toList())));
    charts.put(
        "timeline",
        write(
            Map.of(
                "type", "timeline",
                "label", message("dashboard.chart.term", "term"),
                "lang", locale.getLanguage(),
                "labels", d.timeline().stream().map(Dashboard.TermBar::title).toList(),
                "values",
                    d.timeline().stream()
                        .map(
                            t ->
                                List.of(
                                    t.from().toEpochDay() * 86_400_000L,
                                    t.to().toEpochDay() * 86_400_000L))
                        .toList())));
    model.addAttribute("charts", charts);
    return "monitoring/dashboard";
  }

  private String chart(
      String type, String label, List<Dashboard.Count> counts, @Nullable String axis) {
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("type", type);
    chart.put("label", message(label, label));
    chart.put("labels", counts.stream().map(Dashboard.Count::label).toList());
    chart.put("values", counts.stream().map(Dashboard.Count::count).toList());
    if (axis != null) {
      chart.put("indexAxis", axis);
    }
    return write(chart);
  }

  private String write(Object value) {
    return json.writeValueAsString(value);
  }

  private String message(String code, String fallback) {
    return messages.getMessage(code, null, fallback, LocaleContextHolder.getLocale());
  }
}
