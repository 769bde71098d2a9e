package org.kerangka.app.export;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * Writes implementation records as an IATI 2.03 activity file, one activity at a time through an
 * {@link XMLStreamWriter}, so memory stays bounded whatever the number of activities.
 *
 * <p>Codes come from the IATI code lists (copies under {@code resources/iati/codelists}):
 * ActivityStatus, ActivityDateType, OrganisationRole, OrganisationType, TransactionType,
 * DocumentCategory, FileFormat, RelatedActivityType, BudgetType, ResultType, IndicatorMeasure,
 * SectorVocabulary, Sector (vocabulary 1, OECD DAC CRS purpose codes from {@code
 * cooperation_area.oecd_crs}), Country and Currency.
 *
 * <p>Where the schema requires an element the record lacks: a missing description repeats the
 * title; an activity without participating organisations names the reporting organisation as
 * accountable; an activity without any date gets the agreement's signing date as its planned start;
 * one with neither is left out (the count of such activities is returned by {@link #finish()}).
 */
final class IatiWriter {
  static final String VERSION = "2.03";

  static final Map<String, String> STATUS =
      Map.of(
          "PIPELINE", "1",
          "IMPLEMENTATION", "2",
          "FINALISATION", "3",
          "CLOSED", "4",
          "CANCELLED", "5",
          "SUSPENDED", "6");
  static final Map<String, String> ROLE =
      Map.of("FUNDING", "1", "ACCOUNTABLE", "2", "EXTENDING", "3", "IMPLEMENTING", "4");
  static final Map<String, String> TRANSACTION =
      Map.of("COMMITMENT", "2", "DISBURSEMENT", "3", "EXPENDITURE", "4");
  static final Map<String, String> MEASURE =
      Map.of("UNIT", "1", "PERCENTAGE", "2", "NOMINAL", "3", "ORDINAL", "4", "QUALITATIVE", "5");

  /** ActivityDateType codes. */
  private static final String PLANNED_START = "1";

  private static final String ACTUAL_START = "2";
  private static final String PLANNED_END = "3";
  private static final String ACTUAL_END = "4";

  /** DocumentCategory A12, "Activity web page", for a document without a category. */
  static final String DEFAULT_DOCUMENT_CATEGORY = "A12";

  /** ResultType 1, "Output": indicators count what activities produce. */
  private static final String RESULT_OUTPUT = "1";

  /** RelatedActivityType 1, "Parent". */
  private static final String RELATED_PARENT = "1";

  /** BudgetType 1, "Original". */
  private static final String BUDGET_ORIGINAL = "1";

  /** SectorVocabulary 1, "OECD DAC CRS Purpose Codes (5 digit)". */
  private static final String SECTOR_DAC_5 = "1";

  private final XMLStreamWriter xml;
  private final IatiProperties reporting;
  private final String lang;
  private int skipped;

  IatiWriter(OutputStream out, IatiProperties reporting, String lang) throws XMLStreamException {
    this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
    this.reporting = reporting;
    this.lang = lang;
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    xml.writeStartElement("iati-activities");
    xml.writeAttribute("version", VERSION);
    xml.writeAttribute(
        "generated-datetime",
        OffsetDateTime.now(ZoneOffset.UTC)
            .truncatedTo(ChronoUnit.SECONDS)
            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
  }

  void write(Activities.Activity a) throws XMLStreamException {
    LocalDate plannedStart = a.plannedStart();
    if (plannedStart == null
        && a.actualStart() == null
        && a.plannedEnd() == null
        && a.actualEnd() == null) {
      plannedStart = a.agreementSignedOn();
      if (plannedStart == null) {
        skipped++;
        return;
      }
    }
    xml.writeStartElement("iati-activity");
    xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", lang);
    if (currency(a.currency()) != null) {
      xml.writeAttribute("default-currency", currency(a.currency()));
    }
    if (a.parentId() != null) {
      xml.writeAttribute("hierarchy", "2");
    }
    text("iati-identifier", identifier(a.id(), a.iatiIdentifier()));
    xml.writeStartElement("reporting-org");
    xml.writeAttribute("ref", reporting.reportingOrgRef());
    xml.writeAttribute("type", reporting.reportingOrgType());
    narrative(reporting.reportingOrgName());
    xml.writeEndElement();
    narrated("title", a.title());
    xml.writeStartElement("description");
    xml.writeAttribute("type", "1");
    narrative(a.description() == null || a.description().isBlank() ? a.title() : a.description());
    xml.writeEndElement();
    if (a.organisations().isEmpty()) {
      xml.writeStartElement("participating-org");
      xml.writeAttribute("ref", reporting.reportingOrgRef());
      xml.writeAttribute("role", ROLE.get("ACCOUNTABLE"));
      xml.writeAttribute("type", reporting.reportingOrgType());
      narrative(reporting.reportingOrgName());
      xml.writeEndElement();
    }
    for (Activities.Participant p : a.organisations()) {
      xml.writeStartElement("participating-org");
      xml.writeAttribute("role", code(ROLE, p.role(), "organisation role"));
      narrative(p.name());
      xml.writeEndElement();
    }
    empty("activity-status", "code", code(STATUS, a.status(), "activity status"));
    date(PLANNED_START, plannedStart);
    date(ACTUAL_START, a.actualStart());
    date(PLANNED_END, a.plannedEnd());
    date(ACTUAL_END, a.actualEnd());
    if (a.country() != null && CodeLists.codes("Country").contains(a.country())) {
      xml.writeStartElement("recipient-country");
      xml.writeAttribute("code", a.country());
      xml.writeAttribute("percentage", "100");
      xml.writeEndElement();
    }
    if (a.location() != null && !a.location().isBlank()) {
      xml.writeStartElement("location");
      narrated("name", a.location());
      xml.writeEndElement();
    }
    if (a.oecdCrs() != null && CodeLists.codes("Sector").contains(a.oecdCrs())) {
      xml.writeStartElement("sector");
      xml.writeAttribute("vocabulary", SECTOR_DAC_5);
      xml.writeAttribute("code", a.oecdCrs());
      xml.writeAttribute("percentage", "100");
      String name = a.areaName(lang.equals("en"));
      if (name != null) {
        narrative(name);
      }
      xml.writeEndElement();
    }
    if (a.budget() != null
        && a.plannedStart() != null
        && a.plannedEnd() != null
        && !a.plannedEnd().isBefore(a.plannedStart())) {
      xml.writeStartElement("budget");
      xml.writeAttribute("type", BUDGET_ORIGINAL);
      empty("period-start", "iso-date", a.plannedStart().toString());
      empty("period-end", "iso-date", a.plannedEnd().toString());
      value(a.budget(), a.currency(), a.plannedStart());
      xml.writeEndElement();
    }
    for (Activities.Transaction t : a.transactions()) {
      xml.writeStartElement("transaction");
      empty("transaction-type", "code", code(TRANSACTION, t.kind(), "transaction type"));
      empty("transaction-date", "iso-date", t.occurredOn().toString());
      value(t.amount(), t.currency(), t.occurredOn());
      if (t.description() != null && !t.description().isBlank()) {
        narrated("description", t.description());
      }
      xml.writeEndElement();
    }
    for (Activities.Document d : a.documents()) {
      xml.writeStartElement("document-link");
      xml.writeAttribute("url", d.url());
      xml.writeAttribute(
          "format",
          d.url().toLowerCase(Locale.ROOT).endsWith(".pdf") ? "application/pdf" : "text/html");
      narrated("title", d.title() == null || d.title().isBlank() ? d.url() : d.title());
      empty("category", "code", category(d.category()));
      if (d.on() != null) {
        empty("document-date", "iso-date", d.on().toString());
      }
      xml.writeEndElement();
    }
    if (a.parentId() != null) {
      xml.writeStartElement("related-activity");
      xml.writeAttribute("ref", identifier(a.parentId(), a.parentIatiIdentifier()));
      xml.writeAttribute("type", RELATED_PARENT);
      xml.writeEndElement();
    }
    if (!a.indicators().isEmpty()) {
      xml.writeStartElement("result");
      xml.writeAttribute("type", RESULT_OUTPUT);
      narrated("title", a.title());
      for (Activities.Indicator i : a.indicators()) {
        xml.writeStartElement("indicator");
        xml.writeAttribute("measure", code(MEASURE, i.measure(), "indicator measure"));
        xml.writeAttribute("ascending", i.ascending() ? "1" : "0");
        narrated("title", i.title());
        if (i.baselineYear() != null && i.baselineYear() > 0) {
          xml.writeStartElement("baseline");
          xml.writeAttribute("year", i.baselineYear().toString());
          if (i.baselineValue() != null) {
            xml.writeAttribute("value", plain(i.baselineValue()));
          }
          xml.writeEndElement();
        }
        for (Activities.Period p : i.periods()) {
          xml.writeStartElement("period");
          empty("period-start", "iso-date", p.start().toString());
          empty("period-end", "iso-date", p.end().toString());
          if (p.target() != null) {
            empty("target", "value", plain(p.target()));
          }
          if (p.actual() != null) {
            empty("actual", "value", plain(p.actual()));
          }
          xml.writeEndElement();
        }
        xml.writeEndElement();
      }
      xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  /** Closes the document; returns how many activities were left out for lack of any date. */
  int finish() throws XMLStreamException {
    xml.writeEndElement();
    xml.writeEndDocument();
    xml.flush();
    xml.close();
    return skipped;
  }

  private String identifier(long id, @Nullable String own) {
    return own != null && !own.isBlank()
        ? own.strip()
        : reporting.reportingOrgRef() + "-KRG-ACT-" + id;
  }

  /** The ISO 4217 code when it is in the Currency code list; otherwise none. */
  private static @Nullable String currency(@Nullable String code) {
    if (code == null) {
      return null;
    }
    String upper = code.strip().toUpperCase(Locale.ROOT);
    return CodeLists.codes("Currency").contains(upper) ? upper : null;
  }

  private static String category(@Nullable String code) {
    return code != null && CodeLists.codes("DocumentCategory").contains(code.strip())
        ? code.strip()
        : DEFAULT_DOCUMENT_CATEGORY;
  }

  private static String code(Map<String, String> codes, String value, String what) {
    String code = codes.get(value);
    if (code == null) {
      throw new IllegalStateException("no IATI code for " + what + " '" + value + "'");
    }
    return code;
  }

  private void value(BigDecimal amount, @Nullable String currency, LocalDate on)
      throws XMLStreamException {
    xml.writeStartElement("value");
    String code = currency(currency);
    if (code != null) {
      xml.writeAttribute("currency", code);
    }
    xml.writeAttribute("value-date", on.toString());
    xml.writeCharacters(plain(amount));
    xml.writeEndElement();
  }

  private void date(String type, @Nullable LocalDate day) throws XMLStreamException {
    if (day != null) {
      xml.writeStartElement("activity-date");
      xml.writeAttribute("type", type);
      xml.writeAttribute("iso-date", day.toString());
      xml.writeEndElement();
    }
  }

  private void text(String element, String text) throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private void narrated(String element, String text) throws XMLStreamException {
    xml.writeStartElement(element);
    narrative(text);
    xml.writeEndElement();
  }

  private void narrative(String text) throws XMLStreamException {
    text("narrative", clean(text));
  }

  private void empty(String element, String attribute, String value) throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeAttribute(attribute, value);
    xml.writeEndElement();
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /** XML 1.0 cannot carry control characters other than tab, CR and LF: drop them. */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(
            c ->
                c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || c >= 0x10000)
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
