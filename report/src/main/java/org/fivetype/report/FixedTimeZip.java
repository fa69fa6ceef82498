package org.fivetype.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes an in-memory workbook so that identical content gives identical bytes: POI stamps each
 * zip entry with the time of writing, so the workbook is written to memory and copied entry by
 * entry, in the same order, with every entry's time set to {@link XlsxResults#FIXED_TIME} (the
 * streaming {@code results.xlsx} fixes its entries' times as it writes them).
 */
final class FixedTimeZip {
  private FixedTimeZip() {}

  /** Writes {@code wb} to {@code out} (not closed) with fixed entry times. */
  static void write(XSSFWorkbook wb, OutputStream out) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    wb.write(buf);
    byte[] bytes = buf.toByteArray();
    ZipOutputStream zip = new ZipOutputStream(out);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(XlsxResults.FIXED_TIME);
        zip.putNextEntry(copy);
        in.transferTo(zip);
        zip.closeEntry();
      }
    }
    zip.finish();
  }
}
