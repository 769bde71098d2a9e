package org.kerangka.app.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ExtractCommandTests {

  @TempDir Path dir;

  @Test
  void txtWithMetaJsonUsesTheMetaIdLanguageAndPublicationDate() throws IOException {
    Path txt = write("article-1.txt", "Kemenperin dan METI menandatangani MoU.");
    write(
        "article-1.meta.json",
        "{\"id\": \"D042\", \"lang\": \"en\", \"published\": \"2024-03-05\", \"title\": \"T\"}");

    CliRun run = CliRun.of("extract", txt.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode document = run.documents().get(0);
    assertThat(document.get("id").stringValue()).isEqualTo("D042");
    assertThat(document.get("lang").stringValue()).isEqualTo("en");
    assertThat(document.get("published").stringValue()).isEqualTo("2024-03-05");
  }

  @Test
  void commandLineDefaultsFillOnlyWhatTheMetaJsonLeavesNull() throws IOException {
    Path txt = write("a.txt", "Teks berita.");
    write("a.meta.json", "{\"id\": \"A\", \"lang\": \"en\", \"published\": null}");

    CliRun run = CliRun.of("extract", "--lang", "id", "--published", "2023-01-02", txt.toString());

    JsonNode document = run.documents().get(0);
    assertThat(document.get("lang").stringValue()).isEqualTo("en");
    assertThat(document.get("published").stringValue()).isEqualTo("2023-01-02");
  }

  @Test
  void txtWithoutMetaJsonIsNamedAfterTheFile() throws IOException {
    Path txt = write("berita-7.txt", "Teks berita.");

    CliRun run = CliRun.of("extract", "--published", "2024-01-31", txt.toString());

    assertThat(run.exitCode()).isZero();
    JsonNode document = run.documents().get(0);
    assertThat(document.get("id").stringValue()).isEqualTo("berita-7");
    assertThat(document.get("published").stringValue()).isEqualTo("2024-01-31");
  }

  @Test
  void jsonlWithTwoArticlesGivesTwoLinesInInputOrder() throws IOException {
    Path jsonl =
        write(
            "two.jsonl",
            "{\"id\": \"zeta\", \"text\": \"Pertama.\", \"lang\": \"en\"}\n"
                + "\n"
                + "{\"id\": \"alpha\", \"text\": \"Kedua.\", \"published\": \"2022-02-02\"}\n");

    CliRun run = CliRun.of("extract", jsonl.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.documents())
        .extracting(d -> d.get("id").stringValue())
        .containsExactly("zeta", "alpha");
    assertThat(run.documents().get(1).get("published").stringValue()).isEqualTo("2022-02-02");
  }

  @Test
  void indoSumLineIsReadAsAnArticle() throws IOException {
    Path jsonl =
        write(
            "dev.01.jsonl",
            "{\"category\": \"teknologi\", \"id\": \"1490-indosum\", \"paragraphs\":"
                + " [[[\"Kemenperin\", \"meneken\", \"MoU\", \".\"], [\"Lalu\", \"pulang\","
                + " \".\"]], [[\"Selesai\", \".\"]]], \"summary\": []}\n");

    CliRun run = CliRun.of("extract", jsonl.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.documents().get(0).get("id").stringValue()).isEqualTo("1490-indosum");
  }

  @Test
  void dashReadsOneArticleFromStandardInputWithIdStdin() {
    CliRun run = CliRun.withStdin("Kemenperin meneken MoU.\n", "extract", "--lang", "en", "-");

    assertThat(run.exitCode()).isZero();
    JsonNode document = run.documents().get(0);
    assertThat(document.get("id").stringValue()).isEqualTo("stdin");
    assertThat(document.get("lang").stringValue()).isEqualTo("en");
  }

  @Test
  void emptyStandardInputIsInvalidInput() {
    CliRun run = CliRun.withStdin("", "extract", "-");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("kerangka: standard input: empty");
  }

  @Test
  void outWritesOneJsonFilePerArticleAndNothingOnStandardOutput() throws IOException {
    Path txt = write("D001.txt", "Teks.");
    Path jsonl =
        write(
            "more.jsonl",
            "{\"id\": \"x/../y z\", \"text\": \"Satu.\"}\n{\"id\": \"B2\", \"text\": \"Dua.\"}\n");
    Path out = dir.resolve("out/nested");

    CliRun run = CliRun.of("extract", "--out", out.toString(), txt.toString(), jsonl.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(fileNames(out)).containsExactlyInAnyOrder("D001.json", "x_.._y_z.json", "B2.json");
    String written = Files.readString(out.resolve("x_.._y_z.json"), UTF_8);
    assertThat(written).endsWith("}\n");
    assertThat(CliRun.document(written).get("id").stringValue()).isEqualTo("x/../y z");
  }

  @Test
  void missingFileIsOneStderrLineAndTheOtherFilesAreStillWritten() throws IOException {
    Path good = write("good.txt", "Teks.");
    Path out = dir.resolve("out");
    String missing = dir.resolve("D999.txt").toString();

    CliRun run = CliRun.of("extract", "--out", out.toString(), missing, good.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("kerangka: " + missing + ": no such file");
    assertThat(fileNames(out)).containsExactly("good.json");
  }

  @Test
  void emptyFileIsOneStderrLineAndTheOtherFilesAreStillWritten() throws IOException {
    Path empty = write("empty.txt", "");
    Path blank = write("blank.txt", " \n\n");
    Path good = write("good.txt", "Teks.");
    Path out = dir.resolve("out");

    CliRun run =
        CliRun.of(
            "extract",
            "--out",
            out.toString(),
            empty.toString(),
            good.toString(),
            blank.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "kerangka: " + empty + ": empty file", "kerangka: " + blank + ": empty file");
    assertThat(fileNames(out)).containsExactly("good.json");
  }

  @Test
  void nonUtf8FileNamesTheBadByteAndItsOffset() throws IOException {
    Path bad = dir.resolve("bad.txt");
    byte[] bytes = "Teks berita.".getBytes(UTF_8);
    byte[] withBadByte = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, withBadByte, 0, bytes.length);
    withBadByte[bytes.length] = (byte) 0xff;
    Files.write(bad, withBadByte);
    Path good = write("good.txt", "Teks.");
    Path out = dir.resolve("out");

    CliRun run = CliRun.of("extract", "--out", out.toString(), bad.toString(), good.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly("kerangka: " + bad + ": not valid UTF-8 (byte 0xff at offset 12)");
    assertThat(fileNames(out)).containsExactly("good.json");
  }

  @Test
  void badJsonlLineNamesFileAndLineAndTheOtherLinesGoOn() throws IOException {
    Path jsonl =
        write(
            "mixed.jsonl",
            "{\"id\": \"one\", \"text\": \"Satu.\"}\n"
                + "{\"id\": \"two\", \"text\": \n"
                + "{\"text\": \"no id\"}\n"
                + "{\"id\": \"four\", \"text\": \"Empat.\", \"published\": \"kemarin\"}\n"
                + "{\"id\": \"five\", \"text\": \"Lima.\"}\n");

    CliRun run = CliRun.of("extract", jsonl.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.documents())
        .extracting(d -> d.get("id").stringValue())
        .containsExactly("one", "five");
    assertThat(run.errLines()).hasSize(3);
    assertThat(run.errLines().get(0)).startsWith("kerangka: " + jsonl + ":2: not valid JSON");
    assertThat(run.errLines().get(1)).isEqualTo("kerangka: " + jsonl + ":3: missing \"id\"");
    assertThat(run.errLines().get(2))
        .isEqualTo(
            "kerangka: " + jsonl + ":4: bad \"published\" 'kemarin' (expected YYYY-MM-DD or null)");
    assertNoStackTrace(run);
  }

  @Test
  void manyBadLinesInOneFileAreSummarisedAfterTheFirstFew() throws IOException {
    String lines = IntStream.range(0, 12).mapToObj(i -> "{}\n").collect(Collectors.joining());
    Path jsonl = write("gold.jsonl", lines);

    CliRun run = CliRun.of("extract", jsonl.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(ArticleReader.MAX_BAD_LINES_SHOWN + 1);
    assertThat(run.errLines().get(ArticleReader.MAX_BAD_LINES_SHOWN))
        .isEqualTo("kerangka: " + jsonl + ": 7 more bad lines not shown (12 in all)");
  }

  @Test
  void malformedMetaJsonSkipsThatArticleWithOneLineNamingTheMetaFile() throws IOException {
    Path txt = write("D002.txt", "Teks.");
    write("D002.meta.json", "{\"id\": \"D002\", \"lang\": \"fr\"}");
    Path good = write("good.txt", "Teks.");

    CliRun run = CliRun.of("extract", txt.toString(), good.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "kerangka: "
                + dir.resolve("D002.meta.json")
                + ": unknown \"lang\" 'fr' (expected id or en)");
    assertThat(run.documents()).extracting(d -> d.get("id").stringValue()).containsExactly("good");
  }

  @Test
  void badPublishedOptionExitsWithTwoAndAOneLineMessage() throws IOException {
    Path txt = write("a.txt", "Teks.");

    CliRun run = CliRun.of("extract", "--published", "2024-02-30", txt.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .containsExactly(
            "kerangka: Invalid value for option '--published': '2024-02-30' is not a date"
                + " YYYY-MM-DD",
            "Try 'kerangka extract --help' for more information.");
  }

  @Test
  void folderArgumentReadsItsTxtAndJsonlFilesSortedByName() throws IOException {
    write("b.txt", "Dua.");
    write("a.jsonl", "{\"id\": \"a1\", \"text\": \"Satu.\"}\n");
    write("c.txt", "Tiga.");
    write("c.meta.json", "{\"id\": \"C\"}");
    write("notes.md", "not read");

    CliRun run = CliRun.of("extract", dir.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.documents())
        .extracting(d -> d.get("id").stringValue())
        .containsExactly("a1", "b", "C");
  }

  @Test
  void folderWithNothingToReadIsAnError() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));

    CliRun run = CliRun.of("extract", empty.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly("kerangka: " + empty + ": no .txt or .jsonl files in this folder");
  }

  @Test
  void outputFollowsInputOrderWhateverTheThreads() throws IOException {
    String lines =
        IntStream.range(0, 300)
            .mapToObj(
                i -> "{\"id\": \"n" + i + "\", \"text\": \"" + "kata ".repeat(i % 50) + "x\"}")
            .collect(Collectors.joining("\n"));
    Path jsonl = write("many.jsonl", lines);

    CliRun run = CliRun.of("extract", "--threads", "4", jsonl.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.documents())
        .extracting(d -> d.get("id").stringValue())
        .containsExactlyElementsOf(IntStream.range(0, 300).mapToObj(i -> "n" + i).toList());
  }

  @Test
  void twoArticlesWithTheSameOutputFileAreNotSilentlyOverwritten() throws IOException {
    Path jsonl =
        write(
            "dup.jsonl",
            "{\"id\": \"same\", \"text\": \"Satu.\"}\n{\"id\": \"same\", \"text\": \"Dua.\"}\n");
    Path out = dir.resolve("out");

    CliRun run = CliRun.of("extract", "--out", out.toString(), jsonl.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "kerangka: "
                + jsonl
                + ":2: id 'same' gives the same output file same.json as "
                + jsonl
                + ":1; not written");
    assertThat(fileNames(out)).containsExactly("same.json");
  }

  @Test
  void outThatIsAFileIsInvalidInputAndNothingIsRead() throws IOException {
    Path txt = write("a.txt", "Teks.");
    Path file = write("out.txt", "x");

    CliRun run = CliRun.of("extract", "--out", file.toString(), txt.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly("kerangka: " + file + ": --out must be a folder, this is a file");
  }

  @Test
  void threadsBelowOneIsInvalidInput() throws IOException {
    Path txt = write("a.txt", "Teks.");

    CliRun run = CliRun.of("extract", "--threads", "0", txt.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines().get(0)).isEqualTo("kerangka: --threads must be at least 1");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, UTF_8);
  }

  /** All file names in {@code folder}, hidden temporary files included. */
  private static java.util.List<String> fileNames(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }

  private static void assertNoStackTrace(CliRun run) {
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }
}
