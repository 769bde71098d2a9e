package org.kerangka.app.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * A table written row by row to CSV or XLSX, safe to open in a spreadsheet: a text that starts like
 * a formula stays text. Cells are {@link String}s, {@link Number}s, {@link LocalDate}s (written as
 * ISO text, 2023-09-08) or {@code null} (empty).
 */
interface Table extends AutoCloseable {

  void row(List<? extends @Nullable Object> cells) throws IOException;

  @Override
  void close() throws IOException;

  /** The characters that make a spreadsheet read a cell as a formula or a command. */
  static boolean looksLikeFormula(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r'
        || first == '\0';
  }

  /** The text with a leading {@code '} when a spreadsheet would take it for a formula. */
  static String neutralised(String text) {
    return looksLikeFormula(text) ? "'" + text : text;
  }

  /** CSV in UTF-8 with a byte order mark, so Excel reads Indonesian text right. */
  static Table csv(OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    return new Table() {
      @Override
      public void row(List<? extends @Nullable Object> cells) throws IOException {
        for (Object cell : cells) {
          printer.print(text(cell));
        }
        printer.println();
      }

      @Override
      public void close() throws IOException {
        printer.flush();
        writer.flush();
      }

      private String text(@Nullable Object cell) {
        if (cell == null) {
          return "";
        }
        if (cell instanceof BigDecimal d) {
          return d.toPlainString(); // a negative amount is a number, not a formula
        }
        if (cell instanceof Number n) {
          return n.toString();
        }
        return neutralised(cell.toString());
      }
    };
  }

  /**
   * An XLSX workbook with one sheet, streamed (SXSSF keeps a window of rows in memory and the rest
   * in a temporary file). Every cell is a string or a number; none is a formula. The first row is
   * taken as the header: bold and frozen.
   */
  static Table xlsx(OutputStream out, String sheetName) {
    SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    SXSSFSheet sheet = workbook.createSheet(sheetName);
    CellStyle bold = workbook.createCellStyle();
    Font font = workbook.createFont();
    font.setBold(true);
    bold.setFont(font);
    return new Table() {
      private int next;

      @Override
      public void row(List<? extends @Nullable Object> cells) {
        Row row = sheet.createRow(next);
        for (int i = 0; i < cells.size(); i++) {
          Object value = cells.get(i);
          if (value == null) {
            continue;
          }
          Cell cell = row.createCell(i);
          if (value instanceof Number n && !(value instanceof BigDecimal)) {
            cell.setCellValue(n.doubleValue());
          } else if (value instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
          } else {
            // a string cell is never evaluated, whatever it starts with
            cell.setCellValue(value.toString());
          }
          if (next == 0) {
            cell.setCellStyle(bold);
          }
        }
        if (next == 0) {
          sheet.createFreezePane(0, 1);
        }
        next++;
      }

      @Override
      public void close() throws IOException {
        try {
          workbook.write(out);
          out.flush();
        } finally {
          workbook.close(); // also deletes the temporary file
        }
      }
    };
  }
}
