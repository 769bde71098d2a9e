package org.kerangka.extract.internal.rules;

/** A readable dump of an analysed sentence, for developers tracing a miss. */
final class Debug {
  private Debug() {}

  static String describe(String s, Sent x) {
    StringBuilder b = new StringBuilder();
    b.append('#')
        .append(x.index)
        .append(x.headline ? " H" : "")
        .append(x.signing ? " sign" : "")
        .append(x.strongSigning ? "!" : "")
        .append(x.plannedSigning ? " planSign" : "")
        .append(x.background ? " BG" : "")
        .append(x.summary ? " SUM" : "")
        .append(x.negated ? " NEG" : "")
        .append(x.termination ? " TERM" : "")
        .append(x.enumeration ? " ENUM" : "")
        .append(x.extension ? " EXT" : "")
        .append(" | ")
        .append(s, x.start, Math.min(x.end, x.start + 160))
        .append('\n');
    for (OrgMention m : x.orgs) {
      b.append("   org ").append(m.surface()).append(" -> ").append(m.org()).append('\n');
    }
    for (PersonMention p : x.persons) {
      b.append("   person ")
          .append(p.display())
          .append(" [")
          .append(p.title())
          .append("] org=")
          .append(p.titleOrg())
          .append(' ')
          .append(p.rank())
          .append('\n');
    }
    for (int i = 0; i < x.instruments.size(); i++) {
      b.append("   instr ")
          .append(x.instrumentKinds.get(i))
          .append(' ')
          .append(x.text(s, x.instruments.get(i)[0], x.instruments.get(i)[1]))
          .append('\n');
    }
    return b.toString();
  }
}
