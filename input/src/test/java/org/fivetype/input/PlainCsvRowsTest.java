package org.fivetype.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link PlainCsvRows} reads plain files exactly as {@link CsvRows} does (cells, widths, row
 * numbers), and leaves every other file to it; {@link InputFiles#plainDecimal} gives the double
 * {@link Double#parseDouble} gives.
 */
class PlainCsvRowsTest {

  @TempDir
  Path tmp;

  private static List<String> rows(Rows r) throws Exception {
    List<String> out = new ArrayList<>();
    out.add("header " + String.join("|", r.header()));
    while (r.next()) {
      StringBuilder sb = new StringBuilder().append(r.rowNumber()).append(" w").append(r.width()).append(':');
      for (int c = 0; c <= r.width(); c++) {
        String cell = r.cell(c);
        sb.append(cell).append('|');
        // cellEquals answers as equals does, also for texts that are not ASCII or differ in length
        assertThat(r.cellEquals(c, cell)).isTrue();
        assertThat(Double.compare(r.plainDecimal(c), InputFiles.plainDecimal(cell))).as(cell).isZero();
        assertThat(r.cellEquals(c, cell + "x")).isFalse();
        assertThat(r.cellEquals(c, cell + "投")).isFalse();
        assertThat(r.cellEquals(c, "投" + cell)).isFalse();
        if (!cell.isEmpty()) {
          assertThat(r.cellEquals(c, cell.substring(1))).isFalse();
        }
      }
      out.add(sb.toString());
    }
    return out;
  }

  private void sameAsCsvRows(byte[] bytes) throws Exception {
    Path f = tmp.resolve("f.csv");
    Files.write(f, bytes);
    assertThat(PlainCsvRows.plain(f)).isTrue();
    List<String> expected;
    try (Rows r = new CsvRows(f, StandardCharsets.UTF_8)) {
      expected = rows(r);
    }
    try (Rows r = PlainCsvRows.openIfPlain(f)) {
      assertThat(rows(r)).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "unit_id,year,indicator_id,value\na,2024,L7.research-days,0.8\nb,2024,L7.research-days,1\n",
      "unit_id,year\r\na,2024\r\n\r\nb,2024\r\n", // CRLF, a blank line
      "unit_id,year\ra,2024\r\rb,2024", // CR alone, no line end at the end
      "\uFEFFunit_id , year\n  a ,2024 ,,\n\n\n   \nb,2024,x,\n", // BOM, spaces, trailing cells, blank lines
      "unit_id,source,note\na,投诉中心,两份未审\nb,\tsurvey\t,😀\n", // UTF-8 of 2, 3 and 4 bytes, tabs
      "unit_id\n", "", "\n\n", "a,b,c",
      "unit_id,value\na,0.85\nb,-12\nc,1e3\nd,.5\ne,5.\nf,１２\ng,1234567890123456\nh, 7 \n", // numbers
  })
  void readsPlainFilesAsCsvRowsDoes(String text) throws Exception {
    sameAsCsvRows(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void rowsAcrossBufferBoundariesAndRowsLongerThanTheBuffer() throws Exception {
    StringBuilder sb = new StringBuilder("unit_id,year,indicator_id,value,source\r\n");
    SplittableRandom r = new SplittableRandom(5);
    int k = 0;
    while (sb.length() < 3_500_000) {
      sb.append("u").append(k++).append(",2024,L7.research-days,").append(r.nextInt(1000) / 1000.0).append(',')
          .append(k % 3 == 0 ? "投诉中心" : "demo").append(k % 7 == 0 ? "\n" : k % 11 == 0 ? "\r" : "\r\n");
      if (k % 50_000 == 0) {
        sb.append("x".repeat(1_500_000)).append(",long\n"); // longer than one read of the file
      }
    }
    sameAsCsvRows(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void everyOtherFileIsLeftToCsvRows() throws Exception {
    Path f = tmp.resolve("f.csv");
    Files.writeString(f, "unit_id,name\na,\"Tianshan, Urumqi\"\n", StandardCharsets.UTF_8);
    assertThat(PlainCsvRows.openIfPlain(f)).isNull(); // a quote
    Files.write(f, "unit_id,name\na,\u5929\n".getBytes(java.nio.charset.Charset.forName("GB18030")));
    assertThat(PlainCsvRows.plain(f)).isFalse(); // not UTF-8
    for (byte[] bad : List.of(new byte[] {'a', (byte) 0xC0, (byte) 0x80}, new byte[] {'a', (byte) 0xED, (byte) 0xA0,
        (byte) 0x80}, new byte[] {'a', (byte) 0xE4, (byte) 0xB8}, new byte[] {(byte) 0xF5, (byte) 0x80, (byte) 0x80,
        (byte) 0x80}, new byte[] {(byte) 0x80})) {
      Files.write(f, bad);
      assertThat(PlainCsvRows.plain(f)).as("%s", java.util.Arrays.toString(bad)).isFalse();
    }
  }

  @Test
  void plainDecimalsAreTheDoublesOfParseDouble() {
    SplittableRandom r = new SplittableRandom(42);
    List<String> texts = new ArrayList<>(List.of("0", "-0", "007", "0.1", "0.3", "1.005", "123456789012345",
        "0.00000000000001", "99999999.9999999", "-2.5"));
    for (int k = 0; k < 200_000; k++) {
      int digits = 1 + r.nextInt(15);
      StringBuilder sb = new StringBuilder(r.nextInt(4) == 0 ? "-" : "");
      int point = r.nextInt(digits + 1);
      for (int d = 0; d < digits; d++) {
        if (d == point && d > 0) {
          sb.append('.');
        }
        sb.append((char) ('0' + r.nextInt(10)));
      }
      texts.add(sb.toString());
    }
    for (String t : texts) {
      assertThat(Double.doubleToRawLongBits(InputFiles.plainDecimal(t))).as(t)
          .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(t)));
    }
    for (String t : List.of("", "-", ".5", "5.", "1e3", "+1", "1.2.3", "1234567890123456", "0x1", " 1")) {
      assertThat(InputFiles.plainDecimal(t)).as(t).isNaN();
    }
  }
}
