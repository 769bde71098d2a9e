package org.kerangka.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kerangka.app.RegistryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

@RegistryTest
@WithMockUser(username = "tester", roles = "EDITOR")
class IatiExportTests {
  @Autowired private MockMvc mvc;
  @Autowired private JdbcClient jdbc;
  private ExportFixtures fixtures;
  private long cn;
  private long kr;

  @BeforeEach
  void records() {
    fixtures = new ExportFixtures(jdbc);
    cn = fixtures.agreementWith("CN");
    kr = fixtures.agreementWith("KR");
    long training = fixtures.solarTraining(cn);
    fixtures.participant(training, 1, fixtures.organisationIn("ID"), "IMPLEMENTING");
    fixtures.transaction(training, 0, "COMMITMENT", LocalDate.of(2024, 2, 1), "250000000");
    fixtures.transaction(training, 1, "DISBURSEMENT", LocalDate.of(2024, 4, 1), "100000000");
    fixtures.transaction(training, 2, "EXPENDITURE", LocalDate.of(2024, 5, 1), "25000000.50");
    fixtures.document(training, 0, "https://kemenperin.go.id/laporan.pdf", "A09");
    fixtures.document(training, 1, "https://kemenperin.go.id/kegiatan", "Z99");
    fixtures.indicator(training, "Tingkat kelulusan", "PERCENTAGE", "60", "90", "85");
    long module =
        fixtures.activity(
            cn,
            "Modul lanjutan perakitan modul surya",
            "IMPLEMENTATION",
            "FORM_TRAINING",
            "AREA_SOLAR_PV",
            LocalDate.of(2024, 6, 1),
            LocalDate.of(2024, 7, 31),
            12);
    jdbc.sql("update activity set parent_id = :p, iati_identifier = null where id = :id")
        .param("p", training)
        .param("id", module)
        .update();
    jdbc.sql("update activity set iati_identifier = 'XX-KERANGKA-PV-TRAINING' where id = :id")
        .param("id", training)
        .update();
    long dialogue =
        fixtures.activity(
            kr,
            "Dialog kebijakan industri baja",
            "PIPELINE",
            "FORM_POLICY_DIALOGUE",
            "AREA_STEEL",
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 2, 1),
            null);
    // no dates, no description, no organisations, an area without a CRS code
    jdbc.sql(
            "update activity set description = null, planned_start = null, planned_end = null,"
                + " actual_start = null, area_code = 'AREA_HALAL' where id = :id")
        .param("id", dialogue)
        .update();
  }

  @AfterEach
  void clean() {
    fixtures.clean();
  }

  @Test
  void theExportValidatesAgainstTheIati203Schema() throws Exception {
    byte[] xml = iati("/api/v1/exports/iati.xml");
    Validator validator = schema().newValidator();
    validator.validate(new StreamSource(new ByteArrayInputStream(xml)));

    Document doc = parse(xml);
    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("iati-activities");
    assertThat(root.getAttribute("version")).isEqualTo("2.03");
    assertThat(doc.getElementsByTagName("iati-activity").getLength()).isEqualTo(3);
    assertThat(text(doc, "iati-identifier")).contains("XX-KERANGKA-PV-TRAINING");
    // the module names its parent by the parent's own identifier
    assertThat(attributes(doc, "related-activity", "ref"))
        .containsExactly("XX-KERANGKA-PV-TRAINING");
    assertThat(text(doc, "iati-identifier")).allMatch(id -> id.startsWith("XX-KERANGKA-"));
    assertThat(attributes(doc, "reporting-org", "ref")).containsOnly("XX-KERANGKA");
    assertThat(text(doc, "narrative")).contains("Pelatihan teknisi panel surya");
    // the activity without dates starts, as planned, on its agreement's signing day
    assertThat(attributes(doc, "activity-date", "iso-date")).contains("2023-09-08");
  }

  @Test
  void everyCodeEmittedIsInItsIatiCodeList() throws Exception {
    Document doc = parse(iati("/api/v1/exports/iati.xml"));
    Map<String, List<String>> used = new LinkedHashMap<>();
    used.put("ActivityStatus", attributes(doc, "activity-status", "code"));
    used.put("ActivityDateType", attributes(doc, "activity-date", "type"));
    used.put("OrganisationRole", attributes(doc, "participating-org", "role"));
    List<String> orgTypes = new ArrayList<>(attributes(doc, "reporting-org", "type"));
    orgTypes.addAll(attributes(doc, "participating-org", "type"));
    used.put("OrganisationType", orgTypes);
    used.put("TransactionType", attributes(doc, "transaction-type", "code"));
    used.put("DocumentCategory", attributes(doc, "category", "code"));
    used.put("FileFormat", attributes(doc, "document-link", "format"));
    used.put("RelatedActivityType", attributes(doc, "related-activity", "type"));
    used.put("BudgetType", attributes(doc, "budget", "type"));
    used.put("ResultType", attributes(doc, "result", "type"));
    used.put("IndicatorMeasure", attributes(doc, "indicator", "measure"));
    used.put("SectorVocabulary", attributes(doc, "sector", "vocabulary"));
    used.put("Sector", attributes(doc, "sector", "code"));
    used.put("Country", attributes(doc, "recipient-country", "code"));
    List<String> currencies = new ArrayList<>(attributes(doc, "iati-activity", "default-currency"));
    currencies.addAll(attributes(doc, "value", "currency"));
    used.put("Currency", currencies);
    for (var entry : used.entrySet()) {
      assertThat(entry.getValue()).as(entry.getKey() + " codes in the export").isNotEmpty();
      assertThat(codeList(entry.getKey())).as(entry.getKey()).containsAll(entry.getValue());
    }
    assertThat(used.get("ActivityStatus")).containsExactlyInAnyOrder("2", "2", "1");
    // the activities without organisations name the reporting organisation as accountable (2)
    assertThat(used.get("OrganisationRole")).containsExactlyInAnyOrder("1", "4", "2", "2");
    assertThat(used.get("TransactionType")).containsExactly("2", "3", "4");
    assertThat(used.get("Sector")).containsExactly("23230", "23230");
    // a category not in the list falls back to A12 (activity web page)
    assertThat(used.get("DocumentCategory")).containsExactly("A09", "A12");
    assertThat(used.get("IndicatorMeasure")).containsExactly("1", "2");
  }

  @Test
  void theSchemaCheckCatchesAnActivityWithoutItsRequiredParts() throws Exception {
    Document doc = parse(iati("/api/v1/exports/iati.xml?agreement=" + kr));
    Element activity = (Element) doc.getElementsByTagName("iati-activity").item(0);
    activity.removeChild(activity.getElementsByTagName("activity-status").item(0));
    assertThatThrownBy(() -> schema().newValidator().validate(new DOMSource(doc)))
        .isInstanceOf(SAXException.class)
        .hasMessageContaining("activity-date");
  }

  @Test
  void oneAgreementsActivitiesOnly() throws Exception {
    Document doc = parse(iati("/api/v1/exports/iati.xml?agreement=" + kr));
    assertThat(text(doc, "iati-identifier")).hasSize(1);
    assertThat(text(doc, "narrative")).contains("Dialog kebijakan industri baja");
    assertThat(text(doc, "narrative")).doesNotContain("Pelatihan teknisi panel surya");
    schema()
        .newValidator()
        .validate(
            new StreamSource(
                new ByteArrayInputStream(iati("/api/v1/exports/iati.xml?agreement=" + kr))));
  }

  @Test
  void anAgreementWithoutActivitiesGivesAnEmptyButWellFormedFile() throws Exception {
    Document doc = parse(iati("/api/v1/exports/iati.xml?agreement=999999"));
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("iati-activities");
    assertThat(doc.getElementsByTagName("iati-activity").getLength()).isZero();
  }

  private byte[] iati(String path) throws Exception {
    return mvc.perform(get(path))
        .andExpect(status().isOk())
        .andExpect(content().contentType("application/xml;charset=UTF-8"))
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  static Schema schema() throws Exception {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    URL xsd = IatiExportTests.class.getClassLoader().getResource("iati/iati-activities-schema.xsd");
    assertThat(xsd).isNotNull();
    return factory.newSchema(xsd);
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static List<String> attributes(Document doc, String element, String attribute) {
    List<String> values = new ArrayList<>();
    NodeList nodes = doc.getElementsByTagName(element);
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      if (e.hasAttribute(attribute)) {
        values.add(e.getAttribute(attribute));
      }
    }
    return values;
  }

  private static List<String> text(Document doc, String element) {
    List<String> values = new ArrayList<>();
    NodeList nodes = doc.getElementsByTagName(element);
    for (int i = 0; i < nodes.getLength(); i++) {
      values.add(nodes.item(i).getTextContent());
    }
    return values;
  }

  /** The codes of a code-list file, read with a plain DOM parser. */
  private static Set<String> codeList(String name) throws Exception {
    try (InputStream in =
        IatiExportTests.class
            .getClassLoader()
            .getResourceAsStream("iati/codelists/" + name + ".xml")) {
      assertThat(in).as(name).isNotNull();
      Document doc = parse(in.readAllBytes());
      Set<String> codes = new HashSet<>();
      NodeList nodes = doc.getElementsByTagName("code");
      for (int i = 0; i < nodes.getLength(); i++) {
        codes.add(nodes.item(i).getTextContent().strip());
      }
      assertThat(codes).as(name).isNotEmpty();
      return codes;
    }
  }
}
