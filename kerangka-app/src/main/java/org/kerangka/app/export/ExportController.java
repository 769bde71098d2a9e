package org.kerangka.app.export;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.kerangka.app.agreement.Agreement;
import org.kerangka.app.agreement.AgreementFilter;
import org.kerangka.app.agreement.AgreementService;
import org.kerangka.app.agreement.AgreementView;
import org.kerangka.app.web.CountryCodes;
import org.kerangka.app.web.InvalidFieldException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads: agreements and activities as CSV or XLSX (with the filters of the agreement list), PDF
 * reports per agreement, per partner country and the renewal dossier, and IATI activity XML.
 * Everything is checked before the first byte is written, so a bad parameter is a 400 problem,
 * never a half-written file.
 */
@RestController
@RequestMapping("/api/v1/exports")
class ExportController {
  private static final Logger log = LoggerFactory.getLogger(ExportController.class);
  static final String CSV = "text/csv;charset=UTF-8";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String PDF = "application/pdf";
  static final String XML = "application/xml;charset=UTF-8";

  private final AgreementService agreements;
  private final AgreementRows rows;
  private final Activities activities;
  private final PdfReports reports;
  private final Dossiers dossiers;
  private final IatiProperties iati;

  ExportController(
      AgreementService agreements,
      AgreementRows rows,
      Activities activities,
      PdfReports reports,
      Dossiers dossiers,
      IatiProperties iati) {
    this.agreements = agreements;
    this.rows = rows;
    this.activities = activities;
    this.reports = reports;
    this.dossiers = dossiers;
    this.iati = iati;
  }

  /** The agreements the list filters select, as CSV or XLSX by the path's extension. */
  @GetMapping({"/agreements.csv", "/agreements.xlsx"})
  void agreementsTable(
      @ParameterObject AgreementFilter filter,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    List<AgreementView> views = agreements.matching(filter.query(0, 1));
    try (Table table =
        request.getRequestURI().endsWith(".xlsx")
            ? Table.xlsx(download(response, XLSX, "perjanjian.xlsx"), "Perjanjian")
            : Table.csv(download(response, CSV, "perjanjian.csv"))) {
      writeAgreements(table, views);
    }
  }

  /** The activities the filters select, as CSV or XLSX by the path's extension. */
  @GetMapping({"/activities.csv", "/activities.xlsx"})
  @Transactional(readOnly = true)
  void activitiesTable(
      @ParameterObject ActivityFilter filter,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    Activities.Filter checked = filter.checked();
    try (Table table =
        request.getRequestURI().endsWith(".xlsx")
            ? Table.xlsx(download(response, XLSX, "kegiatan.xlsx"), "Kegiatan")
            : Table.csv(download(response, CSV, "kegiatan.csv"))) {
      writeActivities(table, checked);
    }
  }

  /** IATI 2.03 activity XML of the implementation records, optionally of one agreement. */
  @GetMapping("/iati.xml")
  @Transactional(readOnly = true)
  void iati(
      @ParameterObject ActivityFilter activityFilter,
      @RequestParam(defaultValue = "id") String lang,
      HttpServletResponse response)
      throws IOException {
    Activities.Filter filter = activityFilter.checked();
    if (!lang.equals("id") && !lang.equals("en")) {
      throw new InvalidFieldException("lang", "must be id or en");
    }
    OutputStream out = download(response, XML, "iati-activities.xml");
    try {
      IatiWriter writer = new IatiWriter(out, iati, lang);
      activities.forEach(
          filter,
          a -> {
            try {
              writer.write(a);
            } catch (XMLStreamException e) {
              throw new IllegalStateException("cannot write IATI XML", e);
            }
          });
      int skipped = writer.finish();
      if (skipped > 0) {
        log.warn("IATI export left out {} activities without any date", skipped);
      }
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write IATI XML", e);
    }
  }

  @GetMapping("/agreements/{id}.pdf")
  @Transactional(readOnly = true)
  void agreementPdf(@PathVariable long id, HttpServletResponse response) throws IOException {
    Agreement agreement = agreements.require(id);
    LocalDate today = LocalDate.now();
    AgreementView view =
        new AgreementView(agreement, today, agreement.statusOn(today), agreement.dates());
    reports.agreement(view, download(response, PDF, "perjanjian-" + id + ".pdf"));
  }

  @GetMapping("/agreements/{id}/dossier.pdf")
  @Transactional(readOnly = true)
  void dossierPdf(@PathVariable long id, HttpServletResponse response) throws IOException {
    Dossiers.Dossier dossier = dossiers.of(id, LocalDate.now());
    reports.dossier(dossier, download(response, PDF, "dosier-" + id + ".pdf"));
  }

  @GetMapping("/countries/{country}.pdf")
  @Transactional(readOnly = true)
  void countryPdf(@PathVariable String country, HttpServletResponse response) throws IOException {
    String code = CountryCodes.parse("country", country);
    List<AgreementView> views =
        agreements.matching(AgreementFilter.partnerCountry(code).query(0, 1));
    reports.country(code, views, download(response, PDF, "negara-" + code + ".pdf"));
  }

  private void writeAgreements(Table table, List<AgreementView> views) throws IOException {
    table.row(AgreementRows.AGREEMENT_HEADER);
    AgreementRows.Names names = rows.names();
    for (AgreementView view : views) {
      table.row(names.row(view));
    }
  }

  private void writeActivities(Table table, Activities.Filter filter) throws IOException {
    boolean english = LocaleContextHolder.getLocale().getLanguage().equals("en");
    table.row(AgreementRows.ACTIVITY_HEADER);
    try {
      activities.forEach(
          filter,
          a -> {
            try {
              table.row(AgreementRows.activityRow(a, english));
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static OutputStream download(HttpServletResponse response, String type, String name)
      throws IOException {
    response.setContentType(type);
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(name).build().toString());
    return response.getOutputStream();
  }
}
