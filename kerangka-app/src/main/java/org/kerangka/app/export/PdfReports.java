package org.kerangka.app.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.agreement.Agreement;
import org.kerangka.app.agreement.AgreementActivityForm;
import org.kerangka.app.agreement.AgreementArea;
import org.kerangka.app.agreement.AgreementService;
import org.kerangka.app.agreement.AgreementSignatory;
import org.kerangka.app.agreement.AgreementSource;
import org.kerangka.app.agreement.AgreementView;
import org.kerangka.app.event.EventRepository;
import org.kerangka.app.lifecycle.AgreementStatus;
import org.kerangka.app.web.Pages;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * PDF reports in the reader's language: one agreement, all agreements with a partner country, and
 * the renewal dossier. Text is set in Liberation Sans (shipped inside OpenPDF), embedded as
 * Unicode, so Indonesian and other Latin-script names print as written.
 */
@Component
class PdfReports {
  private static final BaseFont BASE = loadFont();
  private static final Font TITLE = new Font(BASE, 16);
  private static final Font HEADING =
      new Font(BASE, 12.5f, Font.NORMAL, new Color(0x1f, 0x4e, 0x79));
  private static final Font TEXT = new Font(BASE, 9.5f);
  private static final Font SMALL = new Font(BASE, 8f, Font.NORMAL, Color.DARK_GRAY);
  private static final Color HEADER_FILL = new Color(0xe8, 0xee, 0xf4);

  private final MessageSource messages;
  private final Pages pages;
  private final AgreementService agreements;
  private final EventRepository events;
  private final AgreementRows rows;
  private final Activities activities;

  PdfReports(
      MessageSource messages,
      Pages pages,
      AgreementService agreements,
      EventRepository events,
      AgreementRows rows,
      Activities activities) {
    this.messages = messages;
    this.pages = pages;
    this.agreements = agreements;
    this.events = events;
    this.rows = rows;
    this.activities = activities;
  }

  private static BaseFont loadFont() {
    String name = "font-fallback/LiberationSans-Regular.ttf";
    try (InputStream in = PdfReports.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing font " + name + " (shipped in the OpenPDF jar)");
      }
      return BaseFont.createFont(
          "LiberationSans-Regular.ttf",
          BaseFont.IDENTITY_H,
          BaseFont.EMBEDDED,
          true,
          in.readAllBytes(),
          null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The report of one agreement. */
  void agreement(AgreementView view, OutputStream out) {
    Agreement a = view.agreement();
    AgreementRows.Names names = rows.names();
    Document doc = open(out, a.displayTitle());
    doc.add(new Paragraph(t("instrument." + a.instrument().name()), SMALL));
    doc.add(new Paragraph(a.displayTitle(), TITLE));
    if (a.titleEn() != null && a.titleId() != null) {
      doc.add(new Paragraph(a.titleEn(), SMALL));
    }
    doc.add(
        new Paragraph(
            t("agreement.statusToday", pages.date(view.on()))
                + " "
                + t("status." + view.status().name()),
            TEXT));

    heading(doc, "agreement.parties");
    PdfPTable parties = table(2, 3);
    header(parties, t("report.name"), t("report.country"));
    a.parties()
        .forEach(
            p -> {
              var o = names.organisation(p.organisationId());
              cells(parties, o.displayName(), pages.country(o.country()));
            });
    doc.add(parties);

    heading(doc, "agreement.signatories");
    List<String> signatories = new ArrayList<>();
    for (AgreementSignatory s : a.signatories()) {
      StringBuilder line = new StringBuilder(names.person(s.personId()));
      if (s.title() != null) {
        line.append(", ").append(s.title());
      }
      if (s.forOrganisationId() != null) {
        line.append(" — ")
            .append(
                t("agreement.signedFor", names.organisation(s.forOrganisationId()).displayName()));
      }
      if (s.onBehalfOf() != null) {
        line.append(" — ").append(t("agreement.onBehalfOf", s.onBehalfOf()));
      }
      signatories.add(line.toString());
    }
    list(doc, signatories);

    heading(doc, "report.datesSection");
    var dates = view.dates();
    PdfPTable table = table(1, 2);
    cells(table, t("agreement.signedOn"), pages.date(a.signedOn()));
    cells(table, t("agreement.place"), orDash(a.place()));
    cells(
        table,
        t("agreement.event"),
        a.eventId() == null ? "—" : events.findById(a.eventId()).map(e -> e.name()).orElse("—"));
    cells(
        table,
        t("agreement.term"),
        a.term().term() == null ? t("agreement.openEnded") : pages.period(a.term().term()));
    cells(table, t("agreement.renewal"), t("renewal." + a.renewalMode().name()));
    cells(table, t("agreement.noticePeriod"), pages.period(a.term().noticePeriod()));
    cells(table, t("agreement.entryIntoForce"), pages.date(dates.entryIntoForce()));
    cells(table, t("agreement.expiresOn"), pages.date(dates.expiresOn()));
    cells(table, t("agreement.noticeDeadline"), pages.date(dates.noticeDeadline()));
    cells(table, t("agreement.reviewStartsOn"), pages.date(dates.reviewStartsOn()));
    doc.add(table);
    doc.add(new Paragraph(t("agreement.computedNote"), SMALL));

    heading(doc, "agreement.areas");
    list(doc, a.areas().stream().map(AgreementArea::label).toList());
    heading(doc, "agreement.activities");
    list(doc, a.activityForms().stream().map(AgreementActivityForm::label).toList());

    heading(doc, "agreement.lineage");
    List<String> lineage = new ArrayList<>();
    agreements
        .linksOf(a)
        .forEach(l -> lineage.add(t("link." + l.kind().name()) + ": " + l.title()));
    agreements
        .linkedFrom(Objects.requireNonNull(a.id()))
        .forEach(l -> lineage.add(t("linkedFrom." + l.kind().name()) + ": " + l.title()));
    list(doc, lineage);

    heading(doc, "agreement.sources");
    list(doc, a.sources().stream().map(this::source).toList());

    List<Activities.Activity> done = activities.ofAgreement(Objects.requireNonNull(a.id()));
    heading(doc, "report.activities");
    activityTable(doc, done);
    heading(doc, "report.indicators");
    indicatorTable(doc, done);
    doc.close();
  }

  /** All agreements with a partner country, with a count per status. */
  void country(String country, List<AgreementView> views, OutputStream out) {
    AgreementRows.Names names = rows.names();
    String countryName = pages.country(country);
    Document doc = open(out, t("report.countryTitle", countryName));
    doc.add(new Paragraph(t("report.countryTitle", countryName), TITLE));
    doc.add(new Paragraph(t("report.generatedOn", pages.date(LocalDate.now())), SMALL));

    heading(doc, "report.statusSummary");
    Map<AgreementStatus, Integer> counts = new EnumMap<>(AgreementStatus.class);
    views.forEach(v -> counts.merge(v.status(), 1, Integer::sum));
    PdfPTable summary = table(3, 1);
    header(summary, t("agreement.status"), t("report.count"));
    counts.forEach((status, n) -> cells(summary, t("status." + status.name()), n.toString()));
    cells(summary, t("report.total"), Integer.toString(views.size()));
    doc.add(summary);

    heading(doc, "agreements.title");
    if (views.isEmpty()) {
      doc.add(new Paragraph(t("agreements.none"), TEXT));
    } else {
      PdfPTable list = table(4, 3, 1.6f, 1.4f, 1.6f);
      header(
          list,
          t("agreement.title"),
          t("agreement.parties"),
          t("agreement.signedOn"),
          t("agreement.status"),
          t("agreement.expiresOn"));
      for (AgreementView v : views) {
        Agreement a = v.agreement();
        cells(
            list,
            t("instrument.short." + a.instrument().name()) + " · " + a.displayTitle(),
            a.parties().stream()
                .map(p -> names.organisation(p.organisationId()).displayName())
                .collect(Collectors.joining("; ")),
            pages.date(a.signedOn()),
            t("status." + v.status().name()),
            pages.date(v.dates().expiresOn()));
      }
      doc.add(list);
    }
    doc.close();
  }

  /** The renewal dossier as a PDF. */
  void dossier(Dossiers.Dossier d, OutputStream out) {
    Agreement a = d.agreement();
    Document doc = open(out, t("dossier.title") + ": " + a.displayTitle());
    doc.add(new Paragraph(t("dossier.title"), SMALL));
    doc.add(new Paragraph(a.displayTitle(), TITLE));
    doc.add(
        new Paragraph(
            d.parties().stream()
                .map(
                    p ->
                        p.name()
                            + (p.country() == null ? "" : " (" + pages.country(p.country()) + ")"))
                .collect(Collectors.joining(" · ")),
            TEXT));
    doc.add(
        new Paragraph(
            t("agreement.statusToday", pages.date(d.on())) + " " + t("status." + d.status().name()),
            TEXT));
    PdfPTable dates = table(1, 2);
    cells(dates, t("agreement.expiresOn"), pages.date(d.dates().expiresOn()));
    cells(dates, t("agreement.noticeDeadline"), pages.date(d.dates().noticeDeadline()));
    cells(dates, t("agreement.reviewStartsOn"), pages.date(d.dates().reviewStartsOn()));
    if (d.daysToExpiry() != null) {
      cells(dates, t("dossier.daysToExpiry"), Long.toString(d.daysToExpiry()));
    }
    doc.add(dates);

    heading(doc, "report.activities");
    activityTable(doc, d.activities());
    heading(doc, "dossier.indicators");
    if (d.indicators().isEmpty()) {
      doc.add(new Paragraph("—", TEXT));
    } else {
      PdfPTable t = table(2.4f, 2.4f, 1, 1, 1, 0.8f);
      header(
          t,
          t("dossier.activity"),
          t("dossier.indicator"),
          t("dossier.baseline"),
          t("dossier.target"),
          t("dossier.actual"),
          "%");
      for (Dossiers.IndicatorLine i : d.indicators()) {
        cells(
            t,
            i.activity(),
            i.title(),
            number(i.baseline()),
            number(i.target()),
            number(i.actual()),
            i.percent() == null ? "—" : i.percent() + "%");
      }
      doc.add(t);
    }
    heading(doc, "dossier.participants");
    list(
        doc,
        d.participants().stream()
            .map(
                p ->
                    p.name()
                        + " ("
                        + p.roles().stream()
                            .map(r -> t("export.role." + r))
                            .collect(Collectors.joining(", "))
                        + ")")
            .toList());
    doc.add(new Paragraph(t("dossier.participantCount", d.participantCount()), TEXT));
    heading(doc, "dossier.sources");
    list(doc, d.sources().stream().map(this::source).toList());
    heading(doc, "dossier.options");
    if (d.options().isEmpty()) {
      doc.add(new Paragraph(t("dossier.noExpiry"), TEXT));
    } else {
      PdfPTable t = table(1.2f, 3.4f, 1.2f, 1.2f);
      header(
          t,
          t("dossier.option"),
          t("dossier.implies"),
          t("agreement.expiresOn"),
          t("agreement.noticeDeadline"));
      for (Dossiers.Option o : d.options()) {
        cells(
            t,
            t("dossier.option." + o.choice().name()),
            t(
                "dossier.option." + o.choice().name() + ".implies",
                pages.date(o.expiresOn()),
                pages.period(a.term().term())),
            pages.date(o.expiresOn()),
            pages.date(o.noticeDeadline()));
      }
      doc.add(t);
    }
    doc.close();
  }

  private void activityTable(Document doc, List<Activities.Activity> done) {
    if (done.isEmpty()) {
      doc.add(new Paragraph(t("report.noActivities"), TEXT));
      return;
    }
    boolean english = pages.english();
    PdfPTable t = table(3, 1.3f, 1.8f, 1.4f, 1.4f, 1);
    header(
        t,
        t("dossier.activity"),
        t("agreement.status"),
        t("agreement.areas"),
        t("report.start"),
        t("report.end"),
        t("dossier.participantsShort"));
    for (Activities.Activity a : done) {
      String area = a.areaName(english);
      cells(
          t,
          a.title() + (a.formName(english) == null ? "" : " — " + a.formName(english)),
          t("export.activityStatus." + a.status()),
          area == null ? "—" : area,
          pages.date(a.actualStart() != null ? a.actualStart() : a.plannedStart()),
          pages.date(a.actualEnd() != null ? a.actualEnd() : a.plannedEnd()),
          a.participants() == null ? "—" : a.participants().toString());
    }
    doc.add(t);
  }

  private void indicatorTable(Document doc, List<Activities.Activity> done) {
    PdfPTable t = table(2.4f, 2.4f, 1.4f, 1, 1);
    header(
        t,
        t("dossier.activity"),
        t("dossier.indicator"),
        t("report.period"),
        t("dossier.target"),
        t("dossier.actual"));
    int lines = 0;
    for (Activities.Activity a : done) {
      for (Activities.Indicator i : a.indicators()) {
        for (Activities.Period p : i.periods()) {
          cells(
              t,
              a.title(),
              i.title(),
              pages.date(p.start()) + " – " + pages.date(p.end()),
              number(p.target()),
              number(p.actual()));
          lines++;
        }
      }
    }
    if (lines == 0) {
      doc.add(new Paragraph("—", TEXT));
    } else {
      doc.add(t);
    }
  }

  private String source(AgreementSource s) {
    StringBuilder line = new StringBuilder(s.title() != null ? s.title() : orDash(s.url()));
    if (s.outlet() != null) {
      line.append(" — ").append(s.outlet());
    }
    if (s.publishedOn() != null) {
      line.append(", ").append(pages.date(s.publishedOn()));
    }
    if (s.url() != null && s.title() != null) {
      line.append("\n").append(s.url());
    }
    return line.toString();
  }

  private Document open(OutputStream out, String title) {
    Document doc = new Document(PageSize.A4, 42, 42, 48, 48);
    try {
      PdfWriter.getInstance(doc, out);
    } catch (DocumentException e) {
      throw new IllegalStateException("cannot start a PDF", e);
    }
    doc.addTitle(title);
    doc.addCreator("Kerangka");
    doc.open();
    return doc;
  }

  private void heading(Document doc, String key) {
    Paragraph p = new Paragraph(t(key), HEADING);
    p.setSpacingBefore(10);
    p.setSpacingAfter(4);
    doc.add(p);
  }

  private static void list(Document doc, List<String> lines) {
    if (lines.isEmpty()) {
      doc.add(new Paragraph("—", TEXT));
      return;
    }
    for (String line : lines) {
      Paragraph p = new Paragraph(new Chunk("• " + line, TEXT));
      p.setIndentationLeft(8);
      doc.add(p);
    }
  }

  private static PdfPTable table(float... widths) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setHorizontalAlignment(Element.ALIGN_LEFT);
    table.setHeaderRows(0);
    return table;
  }

  private static void header(PdfPTable table, String... texts) {
    for (String text : texts) {
      PdfPCell cell = new PdfPCell(new Phrase(text, TEXT));
      cell.setBackgroundColor(HEADER_FILL);
      cell.setPadding(4);
      table.addCell(cell);
    }
    table.setHeaderRows(1);
  }

  private static void cells(PdfPTable table, String... texts) {
    for (String text : texts) {
      PdfPCell cell = new PdfPCell(new Phrase(text, TEXT));
      cell.setPadding(4);
      table.addCell(cell);
    }
  }

  private static String number(@Nullable BigDecimal value) {
    return value == null ? "—" : value.stripTrailingZeros().toPlainString();
  }

  private static String orDash(@Nullable String value) {
    return value == null || value.isBlank() ? "—" : value;
  }

  private String t(String key, Object... args) {
    Locale locale = LocaleContextHolder.getLocale();
    return messages.getMessage(key, args, locale);
  }
}
