package org.fivetype.input;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** CSV rows (RFC 4180, comma, double quotes) read with jackson-dataformat-csv, streaming. */
final class CsvRows implements Rows {

  private static final CsvMapper MAPPER = new CsvMapper();

  private final CsvParser parser;
  private String[] cells = new String[8];
  private int width;
  private int row;
  private boolean headerRead;

  CsvRows(Path file, Charset charset) throws IOException {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    InputStream in = Files.newInputStream(file);
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    this.parser = MAPPER.getFactory().createParser(reader);
    parser.setSchema(CsvSchema.emptySchema().withoutHeader());
  }

  @Override
  public String[] header() throws IOException {
    if (!headerRead) {
      headerRead = true;
      if (parser.nextToken() == JsonToken.START_ARRAY && readRow()) {
        if (width > 0 && !cells[0].isEmpty() && cells[0].charAt(0) == '\uFEFF') {
          cells[0] = cells[0].substring(1).trim(); // byte-order mark
        }
        return Arrays.copyOf(cells, width);
      }
      return new String[0];
    }
    throw new IllegalStateException("header already read");
  }

  @Override
  public boolean next() throws IOException {
    while (true) {
      JsonToken t = parser.nextToken();
      if (t == null) {
        return false;
      }
      if (t == JsonToken.START_ARRAY) {
        readRow();
        if (width == 1 && cells[0].isEmpty()) {
          continue; // a blank line is not a row
        }
        return true;
      }
    }
  }

  /** Reads the cells of the array just started; true when done. */
  private boolean readRow() throws IOException {
    row++;
    width = 0;
    JsonToken t;
    while ((t = nextInRow()) != JsonToken.END_ARRAY && t != null) {
      if (t != JsonToken.VALUE_STRING) {
        continue;
      }
      if (width == cells.length) {
        cells = Arrays.copyOf(cells, width * 2);
      }
      cells[width++] = parser.getText().trim();
    }
    return true;
  }

  /**
   * The next token of the row being read. Jackson finds a quote that is never closed only at the
   * end of the file and reports that line; the fault is in the row whose cell opened the quote,
   * the row being read, so it is reported there.
   */
  private JsonToken nextInRow() throws IOException {
    try {
      return parser.nextToken();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
      if (original.startsWith("Missing closing quote")) {
        throw new RowReadException(row, "a double quote opened in this row is never closed 引号未闭合: expected a "
            + "closing \" before the end of the file (or no quote at all)", e);
      }
      throw new RowReadException(row, original.replaceAll("\\p{Cntrl}", " ").trim(), e);
    }
  }

  @Override
  public int width() {
    return width;
  }

  @Override
  public String cell(int column) {
    return column < width ? cells[column] : "";
  }

  @Override
  public int rowNumber() {
    return row;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
