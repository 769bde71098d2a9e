package org.kerangka.extract.internal.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads a gazetteer TSV file: UTF-8, a header line, '#' comment lines and blank lines allowed. */
final class Tsv {

  /** A data row: its 1-based line number in the file and its cells, trimmed. */
  record Row(String file, int line, List<String> cells) {

    String cell(int i) {
      return cells.get(i);
    }

    IllegalArgumentException problem(String message) {
      return new IllegalArgumentException(file + " line " + line + ": " + message);
    }
  }

  private Tsv() {}

  /**
   * Reads all data rows, checking the header and that every row has as many columns as it.
   *
   * @throws IllegalArgumentException naming the file and line of the first malformed row
   */
  static List<Row> read(String file, Reader reader, List<String> header) {
    List<Row> rows = new ArrayList<>();
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    boolean headerSeen = false;
    int lineNo = 0;
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> cells = split(line);
        if (!headerSeen) {
          if (!cells.equals(header)) {
            throw new IllegalArgumentException(
                file + " line " + lineNo + ": expected header " + String.join("<TAB>", header));
          }
          headerSeen = true;
          continue;
        }
        if (cells.size() != header.size()) {
          throw new IllegalArgumentException(
              file
                  + " line "
                  + lineNo
                  + ": expected "
                  + header.size()
                  + " tab-separated columns, found "
                  + cells.size());
        }
        rows.add(new Row(file, lineNo, cells));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (!headerSeen) {
      throw new IllegalArgumentException(file + ": missing header line");
    }
    return rows;
  }

  private static List<String> split(String line) {
    List<String> cells = new ArrayList<>();
    int from = 0;
    while (true) {
      int tab = line.indexOf('\t', from);
      if (tab < 0) {
        cells.add(line.substring(from).strip());
        return cells;
      }
      cells.add(line.substring(from, tab).strip());
      from = tab + 1;
    }
  }

  /** Splits a '|'-separated list cell, dropping empty items. */
  static List<String> list(String cell) {
    List<String> items = new ArrayList<>();
    int from = 0;
    while (from <= cell.length()) {
      int bar = cell.indexOf('|', from);
      int to = bar < 0 ? cell.length() : bar;
      String item = cell.substring(from, to).strip();
      if (!item.isEmpty()) {
        items.add(item);
      }
      from = to + 1;
    }
    return items;
  }
}
