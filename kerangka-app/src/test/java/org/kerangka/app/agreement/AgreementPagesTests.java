package org.kerangka.app.agreement;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kerangka.app.RegistryTest;
import org.kerangka.app.organisation.Organisation;
import org.kerangka.app.organisation.OrganisationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@RegistryTest
@WithMockUser(username = "tester", roles = "EDITOR")
class AgreementPagesTests {
  private static final String MIIT = "Kementerian Perindustrian dan Teknologi Informasi";

  @Autowired private MockMvc mvc;
  @Autowired private AgreementService agreements;
  @Autowired private OrganisationService organisations;

  /** Agreements a test created; removed afterwards, as other test classes share the registry. */
  private final List<Long> created = new ArrayList<>();

  @AfterEach
  void removeCreatedAgreements() {
    created.forEach(id -> agreements.delete(agreements.require(id)));
  }

  @Test
  void rootRedirectsToTheAgreementList() throws Exception {
    mvc.perform(get("/")).andExpect(redirectedUrl("/perjanjian"));
  }

  @Test
  void listShowsBothSeedMousInIndonesianByDefault() throws Exception {
    mvc.perform(get("/perjanjian"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("lang=\"id\"")))
        .andExpect(content().string(containsString("Perjanjian kerja sama")))
        .andExpect(content().string(containsString(MIIT)))
        .andExpect(content().string(containsString("Energi")))
        .andExpect(content().string(containsString("8 September 2023")))
        .andExpect(content().string(containsString("7 September 2028")))
        .andExpect(content().string(containsString("htmx.min.js")));
  }

  @Test
  void partnerCountryFilterKeepsOnlyThatCountrysAgreements() throws Exception {
    mvc.perform(get("/perjanjian").param("country", "KR"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Energi")))
        .andExpect(
            content()
                .string(
                    not(
                        containsString(
                            "Nota Kesepahaman " + "Kementerian Perindustrian – " + MIIT))));
  }

  @Test
  void htmxRequestsGetOnlyTheResultsFragment() throws Exception {
    mvc.perform(get("/perjanjian").param("country", "CN").header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"results\"")))
        .andExpect(content().string(containsString(MIIT)))
        .andExpect(content().string(not(containsString("<html"))));
  }

  @Test
  void searchBoxShowsHitsLinkingToTheirPages() throws Exception {
    mvc.perform(get("/perjanjian").param("q", "Perindustrian"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Hasil pencarian")))
        .andExpect(content().string(containsString("href=\"/organisasi/")));
  }

  @Test
  void detailOfTheChineseMouShowsComputedExpiryAndAreasInIndonesian() throws Exception {
    mvc.perform(get("/perjanjian/" + miitId()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("7 September 2028")))
        .andExpect(content().string(containsString("industri fotovoltaik surya")))
        .andExpect(content().string(containsString("Mulai berlaku")))
        .andExpect(content().string(containsString("Istana Negara")))
        .andExpect(content().string(containsString("Agus Gumiwang Kartasasmita")))
        .andExpect(content().string(containsString("Riwayat status")))
        .andExpect(content().string(containsString("WahanaNews.co")))
        .andExpect(content().string(containsString("5 tahun")));
  }

  @Test
  void englishIsChosenWithLangAndRememberedInACookie() throws Exception {
    mvc.perform(get("/perjanjian/" + miitId()).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(cookie().value("kerangka-lang", "en"))
        .andExpect(content().string(containsString("lang=\"en\"")))
        .andExpect(content().string(containsString("Entry into force")))
        .andExpect(content().string(containsString("Expires")))
        .andExpect(content().string(containsString("7 September 2028")))
        .andExpect(content().string(containsString("5 years")))
        .andExpect(content().string(containsString("China")));
    mvc.perform(get("/perjanjian").cookie(new Cookie("kerangka-lang", "en")))
        .andExpect(content().string(containsString("Cooperation agreements")));
    mvc.perform(get("/perjanjian").param("lang", "fr"))
        .andExpect(content().string(containsString("Perjanjian kerja sama")));
  }

  @Test
  void editFormCarriesTheVersionAndCurrentValues() throws Exception {
    long id = miitId();
    Agreement agreement = agreements.require(id);
    mvc.perform(get("/perjanjian/" + id + "/ubah"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(containsString("name=\"version\" value=\"" + agreement.version() + "\"")))
        .andExpect(content().string(containsString("industri fotovoltaik surya")));
  }

  @Test
  void invalidInputShowsMessagesNextToTheFields() throws Exception {
    long id = createAgreement("Nota Kesepahaman uji validasi");
    long version = agreements.require(id).version();
    mvc.perform(edit(id, version, "titleId", " ", "termYears", "lima", "signedOn", "2023-13-45"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("Wajib diisi.")))
        .andExpect(content().string(containsString("Masukkan bilangan bulat.")))
        .andExpect(content().string(containsString("Masukkan tanggal yang valid")))
        .andExpect(content().string(containsString("aria-invalid=\"true\"")));
    mvc.perform(edit(id, version, "termYears", "2", "noticeMonths", "36"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            content()
                .string(
                    containsString("Masa pemberitahuan tidak boleh lebih lama dari jangka waktu")));
    mvc.perform(edit(id, version, "titleId", "").cookie(new Cookie("kerangka-lang", "en")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("Required.")));
    assertTitle(id, "Nota Kesepahaman uji validasi");
  }

  @Test
  void savingRedirectsToTheDetailWithAFlashMessage() throws Exception {
    long id = createAgreement("Nota Kesepahaman uji simpan");
    long version = agreements.require(id).version();
    mvc.perform(
            edit(
                id,
                version,
                "titleId",
                "Nota Kesepahaman uji simpan (diubah)",
                "areas",
                "industri baja\n\nindustri baja\nindustri kimia"))
        .andExpect(redirectedUrl("/perjanjian/" + id))
        .andExpect(flash().attribute("flash", "flash.saved"));
    Agreement saved = agreements.require(id);
    assertTitle(id, "Nota Kesepahaman uji simpan (diubah)");
    org.assertj.core.api.Assertions.assertThat(saved.areas())
        .extracting(AgreementArea::label)
        .containsExactly("industri baja", "industri kimia");
    org.assertj.core.api.Assertions.assertThat(saved.dates().expiresOn())
        .isEqualTo(LocalDate.of(2028, 9, 7));
  }

  @Test
  void aStaleVersionShowsTheConflictAndTheCurrentValues() throws Exception {
    long id = createAgreement("Nota Kesepahaman uji konflik");
    long opened = agreements.require(id).version();
    mvc.perform(edit(id, opened, "titleId", "Disimpan di tab pertama"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(edit(id, opened, "titleId", "Disimpan di tab kedua"))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("Perjanjian ini telah diubah oleh orang lain")))
        .andExpect(content().string(containsString("value=\"Disimpan di tab pertama\"")))
        .andExpect(content().string(containsString("Disimpan di tab kedua")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "name=\"version\" value=\"" + agreements.require(id).version() + "\"")));
    assertTitle(id, "Disimpan di tab pertama");
  }

  @Test
  void createNeedsAPartyAndATitle() throws Exception {
    mvc.perform(
            post("/perjanjian").with(csrf()).param("instrument", "MOU").param("renewal", "NONE"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Pilih sekurang-kurangnya satu pihak."),
                        containsString("Wajib diisi."))));
  }

  @Test
  void detailShowsLineageInBothDirections() throws Exception {
    long mou = miitId();
    long amendment = createAgreement("Amandemen uji keterkaitan");
    Agreement changed = agreements.require(amendment);
    changed.linkTo(LinkKind.AMENDS, agreements.require(mou));
    agreements.save(changed);

    mvc.perform(get("/perjanjian/" + amendment))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Keterkaitan")))
        .andExpect(content().string(containsString("Mengubah")))
        .andExpect(content().string(containsString("href=\"/perjanjian/" + mou + "\"")));
    mvc.perform(get("/perjanjian/" + mou))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Diubah oleh")))
        .andExpect(content().string(containsString("Amandemen uji keterkaitan")))
        .andExpect(content().string(containsString("href=\"/perjanjian/" + amendment + "\"")));
    mvc.perform(get("/perjanjian/" + mou).param("lang", "en"))
        .andExpect(content().string(containsString("Lineage")))
        .andExpect(content().string(containsString("Amended by")));
  }

  @Test
  void unknownAgreementIsAPageNotAProblemDocument() throws Exception {
    mvc.perform(get("/perjanjian/999999"))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("Tidak ditemukan")));
  }

  private long createAgreement(String title) throws Exception {
    Organisation kemenperin =
        organisations.list("Kementerian Perindustrian", "ID").stream().findFirst().orElseThrow();
    String location =
        mvc.perform(
                post("/perjanjian")
                    .with(csrf())
                    .param("titleId", title)
                    .param("instrument", "MOU")
                    .param("signedOn", "2023-09-08")
                    .param("termYears", "5")
                    .param("renewal", "BY_WRITTEN_AGREEMENT")
                    .param("partyIds", String.valueOf(kemenperin.id())))
            .andExpect(redirectedUrlPattern("/perjanjian/*"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    created.add(id);
    return id;
  }

  /** A form post with valid values, of which {@code changes} (name, value, ...) replace some. */
  private static MockHttpServletRequestBuilder edit(long id, long version, String... changes) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("version", String.valueOf(version));
    fields.put("titleId", "Nota Kesepahaman");
    fields.put("instrument", "MOU");
    fields.put("signedOn", "2023-09-08");
    fields.put("termYears", "5");
    fields.put("renewal", "BY_WRITTEN_AGREEMENT");
    for (int i = 0; i < changes.length; i += 2) {
      fields.put(changes[i], changes[i + 1]);
    }
    MockHttpServletRequestBuilder request = post("/perjanjian/" + id + "/ubah").with(csrf());
    fields.forEach(request::param);
    return request;
  }

  private void assertTitle(long id, String title) {
    org.assertj.core.api.Assertions.assertThat(agreements.require(id).titleId()).isEqualTo(title);
  }

  private long miitId() {
    return agreements
        .search(
            new AgreementQuery(
                "CN",
                null,
                null,
                LocalDate.now(),
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                20,
                "signedOn,desc"))
        .items()
        .get(0)
        .agreement()
        .id();
  }
}
