package org.kerangka.extract;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes an {@link ExtractionResult} as one JSON object in the shape of the extraction schema v1
 * ({@code shared/eval/SCHEMA.md}). Keys are written in a fixed order; no trailing newline.
 */
public final class ExtractionJson {
  private ExtractionJson() {}

  /** The result as a single-line JSON object. */
  public static String toJson(ExtractionResult result) {
    StringBuilder out = new StringBuilder(512);
    out.append("{\"document\":{\"id\":");
    string(out, result.id());
    out.append(",\"lang\":");
    string(out, result.language().code());
    out.append(",\"published\":");
    string(out, result.published() == null ? null : result.published().toString());
    out.append("},\"agreements\":[");
    List<AgreementRecord> agreements = result.agreements();
    for (int i = 0; i < agreements.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      agreement(out, agreements.get(i));
    }
    out.append("]}");
    return out.toString();
  }

  private static void agreement(StringBuilder out, AgreementRecord a) {
    out.append("{\"instrument\":");
    string(out, a.instrument().name());
    out.append(",\"status\":");
    string(out, a.status().name());
    out.append(",\"parties\":[");
    for (int i = 0; i < a.parties().size(); i++) {
      Party p = a.parties().get(i);
      if (i > 0) {
        out.append(',');
      }
      out.append("{\"name\":");
      string(out, p.name());
      out.append(",\"aliases\":");
      strings(out, p.aliases());
      out.append(",\"country\":");
      string(out, p.country());
      out.append(",\"kind\":");
      string(out, p.kind().name());
      out.append('}');
    }
    out.append("],\"signatories\":[");
    for (int i = 0; i < a.signatories().size(); i++) {
      Signatory s = a.signatories().get(i);
      if (i > 0) {
        out.append(',');
      }
      out.append("{\"name\":");
      string(out, s.name());
      out.append(",\"title\":");
      string(out, s.title());
      out.append(",\"on_behalf_of\":");
      string(out, s.onBehalfOf());
      out.append('}');
    }
    out.append("],\"signed_on\":");
    string(out, a.signedOn() == null ? null : a.signedOn().toString());
    out.append(",\"place\":");
    string(out, a.place());
    out.append(",\"event\":");
    string(out, a.event());
    out.append(",\"term_years\":").append(a.termYears() == null ? "null" : a.termYears());
    out.append(",\"extendable\":").append(a.extendable() == null ? "null" : a.extendable());
    out.append(",\"areas\":");
    strings(out, a.areas());
    out.append(",\"activities\":");
    strings(out, a.activities());
    out.append(",\"value\":");
    if (a.value() == null) {
      out.append("null");
    } else {
      out.append("{\"amount\":")
          .append(a.value().amount().toPlainString())
          .append(",\"currency\":");
      string(out, a.value().currency());
      out.append('}');
    }
    out.append(",\"evidence\":[");
    for (int i = 0; i < a.evidence().size(); i++) {
      Evidence e = a.evidence().get(i);
      if (i > 0) {
        out.append(',');
      }
      out.append("{\"start\":").append(e.start()).append(",\"end\":").append(e.end());
      out.append(",\"field\":");
      string(out, e.field());
      out.append('}');
    }
    out.append("]}");
  }

  private static void strings(StringBuilder out, List<String> values) {
    out.append('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      string(out, values.get(i));
    }
    out.append(']');
  }

  static void string(StringBuilder out, @Nullable String s) {
    if (s == null) {
      out.append("null");
      return;
    }
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
