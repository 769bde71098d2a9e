package org.kerangka.app.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One stored agreement record (extraction schema v1), read back from its JSON. */
record MentionFacts(
    String instrument,
    String status,
    List<PartyFact> parties,
    List<SignatoryFact> signatories,
    @Nullable LocalDate signedOn,
    @Nullable String place,
    @Nullable String event,
    @Nullable Integer termYears,
    @Nullable Boolean extendable,
    List<String> areas,
    List<String> activities,
    @Nullable String valueAmount,
    @Nullable String valueCurrency,
    List<Span> evidence) {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  record PartyFact(String name, List<String> aliases, @Nullable String country, String kind) {}

  record SignatoryFact(String name, @Nullable String title, @Nullable String onBehalfOf) {}

  record Span(int start, int end, String field) {}

  /** The first agreement of a stored result JSON. */
  static MentionFacts parse(String json) {
    JsonNode root = MAPPER.readTree(json);
    JsonNode a = root.get("agreements").get(0);
    List<PartyFact> parties = new ArrayList<>();
    for (JsonNode p : a.get("parties")) {
      parties.add(
          new PartyFact(
              p.get("name").asString(),
              strings(p.get("aliases")),
              text(p, "country"),
              p.get("kind").asString()));
    }
    List<SignatoryFact> signatories = new ArrayList<>();
    for (JsonNode s : a.get("signatories")) {
      signatories.add(
          new SignatoryFact(s.get("name").asString(), text(s, "title"), text(s, "on_behalf_of")));
    }
    List<Span> evidence = new ArrayList<>();
    for (JsonNode e : a.get("evidence")) {
      evidence.add(
          new Span(e.get("start").asInt(), e.get("end").asInt(), String.valueOf(text(e, "field"))));
    }
    JsonNode value = a.get("value");
    String signed = text(a, "signed_on");
    JsonNode term = a.get("term_years");
    JsonNode extendable = a.get("extendable");
    return new MentionFacts(
        a.get("instrument").asString(),
        a.get("status").asString(),
        parties,
        signatories,
        signed == null ? null : LocalDate.parse(signed),
        text(a, "place"),
        text(a, "event"),
        term == null || term.isNull() ? null : term.asInt(),
        extendable == null || extendable.isNull() ? null : extendable.asBoolean(),
        strings(a.get("areas")),
        strings(a.get("activities")),
        value == null || value.isNull() ? null : value.get("amount").asString(),
        value == null || value.isNull() ? null : value.get("currency").asString(),
        evidence);
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }

  private static List<String> strings(@Nullable JsonNode array) {
    List<String> values = new ArrayList<>();
    if (array != null) {
      for (JsonNode v : array) {
        values.add(v.asString());
      }
    }
    return values;
  }
}
