package org.fivetype.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FixedTimeZip}: the same workbook written twice gives the same bytes, and still opens. */
class FixedTimeZipTest {

  @Test
  void sameWorkbookSameBytesAndItReopens(@TempDir Path tmp) throws Exception {
    Path a = tmp.resolve("a.xlsx");
    Path b = tmp.resolve("b.xlsx");
    for (Path p : List.of(a, b)) {
      try (XSSFWorkbook wb = new XSSFWorkbook(); var os = Files.newOutputStream(p)) {
        wb.createSheet("s").createRow(0).createCell(0).setCellValue("x 甲");
        FixedTimeZip.write(wb, os);
      }
    }
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    assertThat(entryTimes(a)).containsOnly(XlsxResults.FIXED_TIME);
    try (XSSFWorkbook wb = new XSSFWorkbook(a.toFile())) {
      assertThat(wb.getSheet("s").getRow(0).getCell(0).getStringCellValue()).isEqualTo("x 甲");
    }
  }

  /** The time of every entry of the zip at {@code file}. */
  static List<Long> entryTimes(Path file) throws IOException {
    List<Long> times = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        times.add(e.getTime());
      }
    }
    assertThat(times).isNotEmpty();
    return times;
  }
}
