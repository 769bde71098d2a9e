package org.kerangka.app.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.lifecycle.LifecycleCalculator;
import org.kerangka.app.lifecycle.LifecycleDates;
import org.kerangka.app.lifecycle.LifecycleEvent;
import org.kerangka.app.lifecycle.LifecycleEventType;
import org.kerangka.app.lifecycle.RenewalMode;
import org.kerangka.app.lifecycle.StatusPeriod;
import org.kerangka.app.lifecycle.Term;
import org.kerangka.app.monitoring.DashboardSummaries;
import org.kerangka.app.search.SearchIndex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills the registry with deterministic, realistic synthetic data for benchmarks: organisations in
 * Indonesia and 25 partner countries (ministries, regional governments, companies, universities,
 * research centres ...), people with positions, events, and agreements signed 2000–2030 with varied
 * instruments, terms, renewal modes, notice periods, areas, activity forms and lifecycle histories
 * (entries into force, extensions, amendments, terminations). The same seed and count give the same
 * registry.
 *
 * <p>Writes with JDBC batch inserts for speed, not through the aggregates: it is a bulk loading
 * tool for empty benchmark databases. It commits every 2,000 agreements (H2 slows down with very
 * large transactions), so a failed run leaves part of the data: start again on a fresh database.
 * The stored lifecycle columns and status timeline are computed by {@link LifecycleCalculator}, as
 * on every save. Then it rebuilds the search index. Synthetic rows record no audit event each;
 * {@code kerangka generate} appends one event for the whole load (actor {@code cli:<os user>}).
 */
@Component
public class SyntheticRegistry {
  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(SyntheticRegistry.class);
  private static final int BATCH = 2_000;

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final SearchIndex index;
  private final DashboardSummaries summaries;

  SyntheticRegistry(
      DataSource dataSource, JdbcClient jdbc, SearchIndex index, DashboardSummaries summaries) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.index = index;
    this.summaries = summaries;
  }

  /** What was written. */
  public record Result(
      int organisations, int people, int events, int agreements, int indexedRecords) {}

  /** Whether the registry holds any organisation or agreement. */
  public boolean registryIsEmpty() {
    return count("agreement") == 0 && count("organisation") == 0;
  }

  /**
   * Adds {@code agreements} agreements with their organisations, people and events, then rebuilds
   * the search index.
   *
   * @throws IllegalArgumentException when {@code agreements} is not positive
   */
  public Result generate(int agreements, long seed) throws SQLException {
    if (agreements < 1) {
      throw new IllegalArgumentException("the number of agreements must be at least 1");
    }
    long started = System.nanoTime();
    Random random = new Random(seed);
    List<String> areas = codes("select code, name_id from cooperation_area order by code");
    List<String> forms = codes("select code, name_id from activity_form order by code");
    int organisationCount = Math.max(60, agreements / 50);
    int personCount = Math.max(40, agreements / 30);
    int eventCount = Math.max(10, agreements / 200);
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        long orgBase = nextId(c, "organisation");
        long personBase = nextId(c, "person");
        long eventBase = nextId(c, "event");
        long agreementBase = nextId(c, "agreement");
        Orgs orgs = organisations(c, random, orgBase, organisationCount);
        long[] personOrg = people(c, random, personBase, personCount, orgs);
        Events evs = events(c, random, eventBase, eventCount);
        agreements(
            c, random, agreementBase, agreements, orgs, personBase, personOrg, evs, areas, forms);
        restartIdentity(c, "organisation", orgBase + organisationCount);
        restartIdentity(c, "person", personBase + personCount);
        restartIdentity(c, "event", eventBase + eventCount);
        restartIdentity(c, "agreement", agreementBase + agreements);
        c.commit();
        // Fresh statistics, or the query planners take the new tables for empty (PostgreSQL
        // needed 3 s instead of 0.2 s for a filter before its autovacuum got to them).
        try (Statement s = c.createStatement()) {
          s.execute("analyze");
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    }
    log.info("Wrote {} agreements in {} ms", agreements, (System.nanoTime() - started) / 1_000_000);
    // the rows bypassed the dashboard's upkeep: recount its summaries from them
    summaries.rebuild();
    // Fresh statistics: without them PostgreSQL (whose autovacuum may not have run yet) plans
    // the filtered lists for empty tables, taking a second where a tenth will do.
    jdbc.sql("analyze").update();
    int indexed = index.rebuild();
    return new Result(organisationCount, personCount, eventCount, agreements, indexed);
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  private List<String> codes(String select) {
    List<String> pairs = new ArrayList<>();
    jdbc.sql(select)
        .query(
            rs -> {
              pairs.add(rs.getString(1) + "\t" + rs.getString(2));
            });
    if (pairs.isEmpty()) {
      throw new IllegalStateException("the taxonomies are missing: " + select);
    }
    return pairs;
  }

  private static long nextId(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement();
        var rs = s.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Explicit ids bypass the identity: move it past them (same syntax on H2 and PostgreSQL). */
  private static void restartIdentity(Connection c, String table, long next) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("alter table " + table + " alter column id restart with " + next);
    }
  }

  // --- organisations ---

  private record Country(String iso, String nameId, String nameEn, String[] cities) {}

  private static final Country INDONESIA =
      new Country(
          "ID",
          "Indonesia",
          "Indonesia",
          new String[] {
            "Jakarta", "Surabaya", "Bandung", "Medan", "Semarang", "Makassar", "Batam", "Balikpapan"
          });

  private static final Country[] PARTNERS = {
    new Country("CN", "Tiongkok", "China", new String[] {"Beijing", "Shanghai", "Shenzhen"}),
    new Country("JP", "Jepang", "Japan", new String[] {"Tokyo", "Osaka", "Nagoya"}),
    new Country("KR", "Korea Selatan", "South Korea", new String[] {"Seoul", "Busan", "Ulsan"}),
    new Country("US", "Amerika Serikat", "United States", new String[] {"Washington", "Houston"}),
    new Country("DE", "Jerman", "Germany", new String[] {"Berlin", "Munich", "Hamburg"}),
    new Country("FR", "Prancis", "France", new String[] {"Paris", "Lyon"}),
    new Country("GB", "Inggris", "United Kingdom", new String[] {"London", "Manchester"}),
    new Country("AU", "Australia", "Australia", new String[] {"Canberra", "Sydney", "Perth"}),
    new Country("IN", "India", "India", new String[] {"New Delhi", "Mumbai", "Chennai"}),
    new Country("SG", "Singapura", "Singapore", new String[] {"Singapore"}),
    new Country("MY", "Malaysia", "Malaysia", new String[] {"Kuala Lumpur", "Penang"}),
    new Country("TH", "Thailand", "Thailand", new String[] {"Bangkok", "Chonburi"}),
    new Country("VN", "Vietnam", "Viet Nam", new String[] {"Hanoi", "Ho Chi Minh City"}),
    new Country("PH", "Filipina", "Philippines", new String[] {"Manila", "Cebu"}),
    new Country("NL", "Belanda", "Netherlands", new String[] {"The Hague", "Rotterdam"}),
    new Country("AE", "Uni Emirat Arab", "United Arab Emirates", new String[] {"Abu Dhabi"}),
    new Country("SA", "Arab Saudi", "Saudi Arabia", new String[] {"Riyadh", "Jeddah"}),
    new Country("TR", "Turki", "Turkey", new String[] {"Ankara", "Istanbul"}),
    new Country("IT", "Italia", "Italy", new String[] {"Rome", "Milan", "Turin"}),
    new Country("CA", "Kanada", "Canada", new String[] {"Ottawa", "Toronto"}),
    new Country("BR", "Brasil", "Brazil", new String[] {"Brasilia", "Sao Paulo"}),
    new Country("ZA", "Afrika Selatan", "South Africa", new String[] {"Pretoria", "Durban"}),
    new Country("EG", "Mesir", "Egypt", new String[] {"Cairo", "Alexandria"}),
    new Country("PK", "Pakistan", "Pakistan", new String[] {"Islamabad", "Karachi"}),
    new Country("RU", "Rusia", "Russia", new String[] {"Moscow", "Kazan"}),
  };

  /** Partner weights: the large partners sign most agreements. */
  private static final int[] PARTNER_WEIGHTS = {
    18, 14, 12, 6, 6, 4, 4, 5, 5, 5, 4, 3, 3, 2, 3, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1
  };

  private static final String[] MINISTRIES_ID = {
    "Perindustrian",
    "Perdagangan",
    "Investasi",
    "Energi dan Sumber Daya Mineral",
    "Badan Usaha Milik Negara",
    "Ketenagakerjaan",
    "Pendidikan Tinggi, Sains, dan Teknologi",
    "Komunikasi dan Digital",
    "Perhubungan",
    "Kesehatan",
    "Koperasi dan UKM"
  };
  private static final String[] MINISTRIES_EN = {
    "Industry",
    "Trade",
    "Investment",
    "Energy",
    "Economy",
    "Labour",
    "Science and Technology",
    "Digital Affairs",
    "Transport",
    "Health",
    "Small and Medium Enterprises"
  };
  private static final String[] PROVINCES = {
    "Jawa Barat",
    "Jawa Tengah",
    "Jawa Timur",
    "Banten",
    "Sumatera Utara",
    "Riau",
    "Kalimantan Timur",
    "Sulawesi Selatan",
    "Sulawesi Tengah",
    "Maluku Utara",
    "Bali",
    "Kepulauan Riau"
  };
  private static final String[] WORDS = {
    "Nusantara",
    "Baja",
    "Energi",
    "Mandiri",
    "Samudra",
    "Teknologi",
    "Kimia",
    "Logam",
    "Surya",
    "Elektrik",
    "Karya",
    "Garuda",
    "Hijau",
    "Tekstil",
    "Otomotif",
    "Semen",
    "Farma",
    "Digital",
    "Prima",
    "Sentosa",
    "Mega",
    "Global",
    "Maritim",
    "Agro",
    "Inti",
    "Cipta",
    "Jaya",
    "Makmur"
  };
  private static final String[] FOREIGN_WORDS = {
    "Pacific",
    "Golden",
    "Dragon",
    "Star",
    "Horizon",
    "United",
    "Advanced",
    "Precision",
    "Ocean",
    "Summit",
    "Royal",
    "Green",
    "Future",
    "Alpha",
    "Delta",
    "Crown",
    "Silver",
    "Harbour",
    "Union"
  };
  private static final String[] SECTORS_EN = {
    "Steel", "Electronics", "Motors", "Chemicals", "Energy", "Shipbuilding", "Semiconductors",
    "Machinery", "Battery", "Textiles", "Pharmaceuticals", "Materials", "Aerospace", "Solar"
  };

  private record Orgs(long[] indonesian, long[] foreign, int[] foreignCountry) {}

  private Orgs organisations(Connection c, Random r, long base, int count) throws SQLException {
    List<Long> indonesian = new ArrayList<>();
    List<Long> foreign = new ArrayList<>();
    List<Integer> foreignCountry = new ArrayList<>();
    try (PreparedStatement org =
            c.prepareStatement(
                "insert into organisation (id, version, name_id, name_en, name_partner, kind,"
                    + " country, parent_id) values (?, 0, ?, ?, ?, ?, ?, null)");
        PreparedStatement alias =
            c.prepareStatement(
                "insert into organisation_alias (organisation_id, idx, alias) values (?, ?, ?)")) {
      for (int i = 0; i < count; i++) {
        long id = base + i;
        String nameId;
        String nameEn;
        String kind;
        String acronym = null;
        String country;
        if (i % 5 < 2) { // two in five are Indonesian
          country = "ID";
          indonesian.add(id);
          int k = r.nextInt(10);
          if (k < 2) {
            int m = r.nextInt(MINISTRIES_ID.length);
            nameId = "Kementerian " + MINISTRIES_ID[m];
            nameEn = "Ministry of " + MINISTRIES_EN[m] + " of the Republic of Indonesia";
            kind = "MINISTRY_OR_AGENCY";
            acronym = "KEM" + MINISTRIES_EN[m].substring(0, 3).toUpperCase(java.util.Locale.ROOT);
          } else if (k < 4) {
            String province = pick(r, PROVINCES);
            nameId = "Pemerintah Provinsi " + province;
            nameEn = "Provincial Government of " + province;
            kind = "REGIONAL_GOVERNMENT";
          } else if (k < 6) {
            nameId = "PT " + pick(r, WORDS) + " " + pick(r, WORDS) + " (Persero)";
            nameEn = null;
            kind = "STATE_OWNED_COMPANY";
          } else if (k < 8) {
            nameId = "PT " + pick(r, WORDS) + " " + pick(r, WORDS) + " Indonesia";
            nameEn = null;
            kind = "COMPANY";
          } else if (k < 9) {
            String city = pick(r, INDONESIA.cities());
            nameId = "Universitas " + pick(r, WORDS) + " " + city;
            nameEn = pick(r, WORDS) + " University " + city;
            kind = "UNIVERSITY";
          } else {
            nameId = "Pusat Riset " + pick(r, WORDS) + " " + pick(r, WORDS);
            nameEn = null;
            kind = "RESEARCH_CENTRE";
          }
        } else {
          int p = weighted(r, PARTNER_WEIGHTS);
          Country partner = PARTNERS[p];
          country = partner.iso();
          foreign.add(id);
          foreignCountry.add(p);
          int k = r.nextInt(10);
          String sector = pick(r, SECTORS_EN);
          if (k < 2) {
            int m = r.nextInt(MINISTRIES_EN.length);
            nameEn = "Ministry of " + MINISTRIES_EN[m] + " of " + partner.nameEn();
            nameId = "Kementerian " + MINISTRIES_ID[m] + " " + partner.nameId();
            kind = "MINISTRY_OR_AGENCY";
          } else if (k < 7) {
            nameEn = pick(r, FOREIGN_WORDS) + " " + sector + " Co., Ltd.";
            nameId = null;
            kind = "COMPANY";
          } else if (k < 8) {
            nameEn = pick(r, partner.cities()) + " University of " + sector + " Technology";
            nameId = null;
            kind = "UNIVERSITY";
          } else if (k < 9) {
            nameEn = partner.nameEn() + " Institute for " + sector + " Research";
            nameId = null;
            kind = "RESEARCH_CENTRE";
          } else {
            nameEn = partner.nameEn() + " " + sector + " Industry Association";
            nameId = null;
            kind = "ASSOCIATION";
          }
        }
        org.setLong(1, id);
        setString(org, 2, nameId);
        setString(org, 3, nameEn);
        setString(org, 4, null);
        org.setString(5, kind);
        org.setString(6, country);
        org.addBatch();
        if (acronym != null) {
          alias.setLong(1, id);
          alias.setInt(2, 0);
          alias.setString(3, acronym);
          alias.addBatch();
        }
      }
      org.executeBatch();
      alias.executeBatch();
    }
    return new Orgs(
        indonesian.stream().mapToLong(Long::longValue).toArray(),
        foreign.stream().mapToLong(Long::longValue).toArray(),
        foreignCountry.stream().mapToInt(Integer::intValue).toArray());
  }

  // --- people ---

  private static final String[] GIVEN = {
    "Agus", "Budi", "Dewi", "Sri", "Rudi", "Siti", "Hendra", "Ratna", "Bambang", "Wahyu", "Putri",
    "Yusuf", "Kim", "Lee", "Park", "Wang", "Li", "Zhang", "Tanaka", "Sato", "Anna", "James",
    "Maria", "Thomas", "Ahmed", "Priya", "Nguyen", "Olivia"
  };
  private static final String[] FAMILY = {
    "Santoso",
    "Wijaya",
    "Hartono",
    "Kusuma",
    "Saputra",
    "Nugroho",
    "Lestari",
    "Pratama",
    "Minho",
    "Jiwoo",
    "Wei",
    "Ming",
    "Hiroshi",
    "Yuki",
    "Schmidt",
    "Martin",
    "Smith",
    "Rossi",
    "Khan",
    "Sharma",
    "Van Dijk",
    "Tran",
    "Silva",
    "Ivanov"
  };
  private static final String[] TITLES = {
    "Menteri", "Wakil Menteri", "Direktur Jenderal", "Direktur Utama", "Gubernur", "Rektor",
    "Kepala Badan", "Sekretaris Jenderal", "President", "Chairman", "Vice Minister", "CEO"
  };

  /** Inserts people, each with one position; returns each person's organisation. */
  private long[] people(Connection c, Random r, long base, int count, Orgs orgs)
      throws SQLException {
    long[] organisationOf = new long[count];
    try (PreparedStatement person =
            c.prepareStatement("insert into person (id, version, name) values (?, 0, ?)");
        PreparedStatement position =
            c.prepareStatement(
                "insert into person_position (person_id, idx, title, organisation_id, from_date,"
                    + " to_date) values (?, 0, ?, ?, ?, null)")) {
      for (int i = 0; i < count; i++) {
        long id = base + i;
        long[] side = i % 2 == 0 ? orgs.indonesian() : orgs.foreign();
        long org = side[r.nextInt(side.length)];
        organisationOf[i] = org;
        person.setLong(1, id);
        person.setString(2, pick(r, GIVEN) + " " + pick(r, FAMILY));
        person.addBatch();
        position.setLong(1, id);
        position.setString(2, pick(r, TITLES));
        position.setLong(3, org);
        position.setObject(4, day(r, 1995, 2025));
        position.addBatch();
      }
      person.executeBatch();
      position.executeBatch();
    }
    return organisationOf;
  }

  // --- events ---

  private record Events(long[] ids, LocalDate[] startsOn, String[] places) {}

  private static final String[] EVENT_KINDS = {
    "Forum Bisnis",
    "Kunjungan Kenegaraan",
    "Konferensi Tingkat Tinggi",
    "Pameran Industri",
    "Sidang Komisi Bersama",
    "Temu Investasi"
  };

  private Events events(Connection c, Random r, long base, int count) throws SQLException {
    long[] ids = new long[count];
    LocalDate[] starts = new LocalDate[count];
    String[] places = new String[count];
    try (PreparedStatement event =
        c.prepareStatement(
            "insert into event (id, version, name, starts_on, ends_on, place)"
                + " values (?, 0, ?, ?, ?, ?)")) {
      for (int i = 0; i < count; i++) {
        Country partner = PARTNERS[weighted(r, PARTNER_WEIGHTS)];
        LocalDate start = day(r, 2000, 2030);
        String place = r.nextBoolean() ? pick(r, INDONESIA.cities()) : pick(r, partner.cities());
        ids[i] = base + i;
        starts[i] = start;
        places[i] = place;
        event.setLong(1, ids[i]);
        event.setString(
            2, pick(r, EVENT_KINDS) + " Indonesia–" + partner.nameId() + " " + start.getYear());
        event.setObject(3, start);
        event.setObject(4, start.plusDays(r.nextInt(4)));
        event.setString(5, place);
        event.addBatch();
      }
      event.executeBatch();
    }
    return new Events(ids, starts, places);
  }

  // --- agreements ---

  private static final String[] INSTRUMENTS = {
    "MOU", "AGREEMENT", "LOI", "PROTOCOL", "AMENDMENT", "OTHER"
  };
  private static final int[] INSTRUMENT_WEIGHTS = {50, 25, 8, 7, 5, 5};
  private static final String[] INSTRUMENT_ID = {
    "Nota Kesepahaman",
    "Perjanjian Kerja Sama",
    "Surat Pernyataan Kehendak",
    "Protokol",
    "Amendemen Perjanjian",
    "Pengaturan Pelaksanaan"
  };
  private static final String[] INSTRUMENT_EN = {
    "Memorandum of Understanding",
    "Cooperation Agreement",
    "Letter of Intent",
    "Protocol",
    "Amendment",
    "Implementing Arrangement"
  };
  private static final Period[] TERMS = {
    Period.ofYears(1),
    Period.ofYears(2),
    Period.ofYears(3),
    Period.ofYears(5),
    Period.ofYears(5),
    Period.ofYears(5),
    Period.ofYears(10),
    Period.ofMonths(18)
  };
  private static final String[] OUTLETS = {
    "Antara", "Kompas", "Tempo", "Bisnis Indonesia", "Kontan", "Kemenperin.go.id", "Jakarta Post"
  };

  private void agreements(
      Connection c,
      Random r,
      long base,
      int count,
      Orgs orgs,
      long personBase,
      long[] personOrg,
      Events evs,
      List<String> areas,
      List<String> forms)
      throws SQLException {
    try (PreparedStatement agreement =
            c.prepareStatement(
                "insert into agreement (id, version, instrument, title_id, title_en,"
                    + " reference_number, signed_on, place, event_id,"
                    + " entry_into_force_on_signature, entry_into_force_on, term_period,"
                    + " renewal_mode, notice_period, notes, confidential, in_force_from,"
                    + " expires_on, notice_deadline, review_starts_on, terminated_on)"
                    + " values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement party =
            c.prepareStatement(
                "insert into agreement_party (agreement_id, idx, organisation_id, role)"
                    + " values (?, ?, ?, ?)");
        PreparedStatement signatory =
            c.prepareStatement(
                "insert into agreement_signatory (agreement_id, idx, person_id, title,"
                    + " for_organisation_id, on_behalf_of) values (?, ?, ?, ?, ?, null)");
        PreparedStatement area =
            c.prepareStatement(
                "insert into agreement_area (agreement_id, idx, area_code, label)"
                    + " values (?, ?, ?, ?)");
        PreparedStatement form =
            c.prepareStatement(
                "insert into agreement_activity_form (agreement_id, idx, form_code, label)"
                    + " values (?, ?, ?, ?)");
        PreparedStatement source =
            c.prepareStatement(
                "insert into agreement_source (agreement_id, idx, url, outlet, published_on,"
                    + " title) values (?, 0, ?, ?, ?, ?)");
        PreparedStatement event =
            c.prepareStatement(
                "insert into lifecycle_event (agreement_id, idx, type, occurred_on, extension,"
                    + " note) values (?, ?, ?, ?, ?, null)");
        PreparedStatement period =
            c.prepareStatement(
                "insert into agreement_status_period (agreement_id, idx, status, starts_on,"
                    + " ends_on) values (?, ?, ?, ?, ?)")) {
      List<PreparedStatement> all =
          List.of(agreement, party, signatory, area, form, source, event, period);
      for (int i = 0; i < count; i++) {
        long id = base + i;
        int instrument = weighted(r, INSTRUMENT_WEIGHTS);
        long ours = orgs.indonesian()[r.nextInt(orgs.indonesian().length)];
        int theirIndex = r.nextInt(orgs.foreign().length);
        long theirs = orgs.foreign()[theirIndex];
        Country partner = PARTNERS[orgs.foreignCountry()[theirIndex]];
        String[] firstArea = areas.get(r.nextInt(areas.size())).split("\t", 2);

        Long eventId = null;
        LocalDate signed;
        String place;
        if (r.nextInt(4) == 0) {
          int e = r.nextInt(evs.ids().length);
          eventId = evs.ids()[e];
          signed = evs.startsOn()[e];
          place = evs.places()[e];
        } else {
          signed = r.nextInt(20) == 0 ? null : day(r, 2000, 2030);
          place = r.nextBoolean() ? pick(r, INDONESIA.cities()) : pick(r, partner.cities());
        }
        boolean onSignature = signed != null && r.nextInt(5) != 0;
        LocalDate entryOn =
            !onSignature && r.nextBoolean() && signed != null
                ? signed.plusDays(30 + r.nextInt(150))
                : null;
        Period term = r.nextInt(10) == 0 ? null : TERMS[r.nextInt(TERMS.length)];
        RenewalMode renewal = RenewalMode.values()[r.nextInt(RenewalMode.values().length)];
        Period notice =
            term == null || r.nextBoolean()
                ? null
                : (r.nextBoolean() ? Period.ofMonths(3) : Period.ofMonths(6));
        List<LifecycleEvent> history = new ArrayList<>();
        if (signed != null) {
          LocalDate entry = onSignature ? signed : (entryOn != null ? entryOn : signed);
          int fate = r.nextInt(100);
          if (fate < 12 && term != null) {
            LocalDate firstExpiry = entry.plus(term).minusDays(1);
            history.add(
                new LifecycleEvent(
                    LifecycleEventType.EXTENDED,
                    firstExpiry.minusDays(r.nextInt(120) - 30),
                    r.nextBoolean() ? Period.ofYears(2) : Period.ofYears(5),
                    null));
          } else if (fate < 18) {
            history.add(
                new LifecycleEvent(
                    LifecycleEventType.TERMINATED,
                    signed.plusDays(200 + r.nextInt(2000)),
                    null,
                    null));
          } else if (fate < 23 && !onSignature) {
            history.add(
                new LifecycleEvent(
                    LifecycleEventType.ENTERED_INTO_FORCE,
                    signed.plusDays(60 + r.nextInt(300)),
                    null,
                    null));
          } else if (fate < 28) {
            history.add(
                new LifecycleEvent(
                    LifecycleEventType.AMENDED, signed.plusDays(100 + r.nextInt(900)), null, null));
          }
        }
        Term lifecycle = new Term(signed, onSignature ? null : entryOn, term, renewal, notice);
        LifecycleDates dates = LifecycleCalculator.dates(lifecycle, history);
        List<StatusPeriod> timeline = LifecycleCalculator.timeline(lifecycle, history);

        String ourName = "Indonesia";
        String titleId =
            INSTRUMENT_ID[instrument]
                + " tentang Kerja Sama "
                + firstArea[1]
                + " antara "
                + ourName
                + " dan "
                + partner.nameId();
        String titleEn =
            r.nextInt(3) == 0
                ? null
                : INSTRUMENT_EN[instrument]
                    + " on Cooperation in "
                    + firstArea[1]
                    + " between Indonesia and "
                    + partner.nameEn();

        int p = 1;
        agreement.setLong(p++, id);
        agreement.setString(p++, INSTRUMENTS[instrument]);
        setString(agreement, p++, titleId);
        setString(agreement, p++, titleEn);
        setString(agreement, p++, r.nextInt(3) == 0 ? "NK/" + (i + 1) + "/" + year(signed) : null);
        setDate(agreement, p++, signed);
        setString(agreement, p++, place);
        if (eventId == null) {
          agreement.setNull(p++, Types.BIGINT);
        } else {
          agreement.setLong(p++, eventId);
        }
        agreement.setBoolean(p++, onSignature);
        setDate(agreement, p++, onSignature ? null : entryOn);
        setString(agreement, p++, term == null ? null : term.toString());
        agreement.setString(p++, renewal.name());
        setString(agreement, p++, notice == null ? null : notice.toString());
        setString(
            agreement,
            p++,
            r.nextInt(5) == 0 ? "Tindak lanjut dibahas dalam kelompok kerja bersama." : null);
        agreement.setBoolean(p++, r.nextInt(20) == 0);
        setDate(agreement, p++, dates.entryIntoForce());
        setDate(agreement, p++, dates.expiresOn());
        setDate(agreement, p++, dates.noticeDeadline());
        setDate(agreement, p++, dates.reviewStartsOn());
        setDate(agreement, p++, LifecycleCalculator.terminatedOn(history));
        agreement.addBatch();

        party.setLong(1, id);
        party.setInt(2, 0);
        party.setLong(3, ours);
        party.setString(4, "PARTY");
        party.addBatch();
        party.setLong(1, id);
        party.setInt(2, 1);
        party.setLong(3, theirs);
        party.setString(4, "PARTY");
        party.addBatch();
        if (r.nextInt(10) == 0) {
          party.setLong(1, id);
          party.setInt(2, 2);
          party.setLong(3, orgs.indonesian()[r.nextInt(orgs.indonesian().length)]);
          party.setString(4, "WITNESS");
          party.addBatch();
        }
        if (signed != null) {
          for (int s = 0; s < 2; s++) {
            int person = r.nextInt(personOrg.length);
            signatory.setLong(1, id);
            signatory.setInt(2, s);
            signatory.setLong(3, personBase + person);
            signatory.setString(4, pick(r, TITLES));
            signatory.setLong(5, s == 0 ? ours : theirs);
            signatory.addBatch();
          }
        }
        int areaCount = 1 + r.nextInt(4);
        for (int a = 0; a < areaCount; a++) {
          String[] chosen = a == 0 ? firstArea : areas.get(r.nextInt(areas.size())).split("\t", 2);
          area.setLong(1, id);
          area.setInt(2, a);
          area.setString(3, chosen[0]);
          area.setString(4, chosen[1]);
          area.addBatch();
        }
        int formCount = r.nextInt(4);
        for (int f = 0; f < formCount; f++) {
          String[] chosen = forms.get(r.nextInt(forms.size())).split("\t", 2);
          form.setLong(1, id);
          form.setInt(2, f);
          form.setString(3, chosen[0]);
          form.setString(4, chosen[1]);
          form.addBatch();
        }
        if (signed != null) {
          source.setLong(1, id);
          source.setString(2, "https://example.org/berita/" + id);
          source.setString(3, pick(r, OUTLETS));
          setDate(source, 4, signed.plusDays(r.nextInt(4)));
          source.setString(5, titleId.length() > 480 ? titleId.substring(0, 480) : titleId);
          source.addBatch();
        }
        for (int e = 0; e < history.size(); e++) {
          LifecycleEvent le = history.get(e);
          event.setLong(1, id);
          event.setInt(2, e);
          event.setString(3, le.type().name());
          setDate(event, 4, le.on());
          setString(event, 5, le.extension() == null ? null : le.extension().toString());
          event.addBatch();
        }
        for (int t = 0; t < timeline.size(); t++) {
          StatusPeriod sp = timeline.get(t);
          period.setLong(1, id);
          period.setInt(2, t);
          period.setString(3, sp.status().name());
          setDate(period, 4, sp.from());
          setDate(period, 5, sp.to());
          period.addBatch();
        }
        if ((i + 1) % BATCH == 0 || i + 1 == count) {
          for (PreparedStatement statement : all) {
            statement.executeBatch();
          }
          c.commit(); // H2 slows down with very large transactions
        }
      }
    }
  }

  private static String year(@Nullable LocalDate day) {
    return day == null ? "-" : String.valueOf(day.getYear());
  }

  private static void setString(PreparedStatement s, int i, @Nullable String value)
      throws SQLException {
    if (value == null) {
      s.setNull(i, Types.VARCHAR);
    } else {
      s.setString(i, value);
    }
  }

  private static void setDate(PreparedStatement s, int i, @Nullable LocalDate value)
      throws SQLException {
    if (value == null) {
      s.setNull(i, Types.DATE);
    } else {
      s.setObject(i, value);
    }
  }

  private static LocalDate day(Random r, int fromYear, int toYear) {
    LocalDate from = LocalDate.of(fromYear, 1, 1);
    int days = (int) (LocalDate.of(toYear, 12, 31).toEpochDay() - from.toEpochDay());
    return from.plusDays(r.nextInt(days + 1));
  }

  private static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  private static int weighted(Random r, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int x = r.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
