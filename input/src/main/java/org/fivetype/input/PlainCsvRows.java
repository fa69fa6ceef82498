package org.fivetype.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * CSV rows of a plain UTF-8 file read straight from bytes: for large observation files, without
 * a decoder and a parser token per cell. Only used for files {@link #plain} says it can read
 * exactly as {@link CsvRows} does: valid UTF-8 and no double quote anywhere, so that a row is a
 * line (ended by LF, CRLF or CR) and a cell is the text between commas. Everything else (quoted
 * cells, other encodings, bytes that are not UTF-8, with the problem they cause) goes through
 * {@link CsvRows}.
 *
 * <p>As in {@link CsvRows}: cells are trimmed ({@link String#trim()}), a byte-order mark before
 * the header is dropped, a blank line is not a row but counts in the row numbers.
 */
final class PlainCsvRows implements Rows {

  private static final int CHUNK = 1 << 20;
  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  private final InputStream in;
  private byte[] buf = new byte[CHUNK];
  private int pos;
  private int limit;
  private boolean eof;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private int width;
  private int row;
  private boolean headerRead;
  private boolean afterCr;

  private PlainCsvRows(Path file) throws IOException {
    in = Files.newInputStream(file);
    fill();
    if (limit - pos >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
      pos = 3;
    }
  }

  /**
   * Opens {@code file} if it is plain: valid UTF-8 without a double quote. One pass over the bytes
   * (the file is then read from the page cache); null when {@link CsvRows} must read it.
   */
  static @Nullable PlainCsvRows openIfPlain(Path file) throws IOException {
    return plain(file) ? new PlainCsvRows(file) : null;
  }

  static boolean plain(Path file) throws IOException {
    try (InputStream s = Files.newInputStream(file)) {
      byte[] b = new byte[CHUNK + 4];
      int carry = 0; // bytes of a multi-byte sequence cut by the chunk, moved to the front
      int n;
      while ((n = s.readNBytes(b, carry, CHUNK)) > 0) {
        int end = carry + n;
        int k = 0;
        while (k < end) {
          if (k + 8 <= end) { // eight bytes at a time while they are ASCII without a quote
            long w = (long) LONGS.get(b, k);
            long q = w ^ 0x2222222222222222L;
            if ((w & 0x8080808080808080L) == 0 && ((q - 0x0101010101010101L) & ~q & 0x8080808080808080L) == 0) {
              k += 8;
              continue;
            }
          }
          byte c = b[k];
          if (c >= 0) {
            if (c == '"') {
              return false;
            }
            k++;
            continue;
          }
          int len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
          if (len == 0) {
            return false;
          }
          if (k + len > end) {
            if (n < CHUNK) {
              return false; // cut by the end of the file
            }
            break;
          }
          if (!validSequence(b, k, len)) {
            return false;
          }
          k += len;
        }
        carry = end - k;
        System.arraycopy(b, k, b, 0, carry);
      }
      return carry == 0;
    }
  }

  /** A well-formed UTF-8 sequence (no overlong forms, no surrogates, at most U+10FFFF). */
  private static boolean validSequence(byte[] b, int k, int len) {
    int c = b[k] & 0xFF;
    for (int j = 1; j < len; j++) {
      if ((b[k + j] & 0xC0) != 0x80) {
        return false;
      }
    }
    int c1 = b[k + 1] & 0xFF;
    return switch (len) {
      case 2 -> c >= 0xC2;
      case 3 -> !(c == 0xE0 && c1 < 0xA0) && !(c == 0xED && c1 >= 0xA0);
      default -> c <= 0xF4 && !(c == 0xF0 && c1 < 0x90) && !(c == 0xF4 && c1 >= 0x90);
    };
  }

  /** Reads more bytes after {@code limit}, keeping those from {@code keepFrom} (moved to the front). */
  private void fill() throws IOException {
    int keepFrom = pos;
    int kept = limit - keepFrom;
    if (kept > 0 && keepFrom > 0) {
      System.arraycopy(buf, keepFrom, buf, 0, kept);
    }
    if (keepFrom > 0) {
      for (int c = 0; c < width; c++) {
        starts[c] -= keepFrom;
        ends[c] -= keepFrom;
      }
    }
    pos = 0;
    limit = Math.max(kept, 0);
    if (limit == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2); // a row longer than the buffer
    }
    int n = in.readNBytes(buf, limit, buf.length - limit);
    limit += n;
    if (limit < buf.length) {
      eof = true;
    }
  }

  /** Reads the next line into cells; false at the end of the file. */
  private boolean readLine() throws IOException {
    width = 0;
    if (pos >= limit && !eof) {
      fill();
    }
    if (afterCr) {
      afterCr = false;
      if (pos < limit && buf[pos] == '\n') {
        pos++;
        if (pos >= limit && !eof) {
          fill();
        }
      }
    }
    if (pos >= limit) {
      return false;
    }
    int rowStart = pos;
    width = 0;
    int cellStart = pos;
    int k = pos;
    while (true) {
      if (k >= limit) {
        if (eof) {
          addCell(cellStart, k);
          pos = k;
          break;
        }
        int shift = rowStart;
        pos = rowStart;
        fill(); // moves the row to the front
        cellStart -= shift;
        k -= shift;
        rowStart = 0;
        continue;
      }
      byte c = buf[k];
      if (c == ',') {
        addCell(cellStart, k);
        cellStart = ++k;
      } else if (c == '\n' || c == '\r') {
        addCell(cellStart, k);
        k++;
        if (c == '\r') {
          if (k < limit) {
            if (buf[k] == '\n') {
              k++;
            }
          } else {
            afterCr = true; // a CRLF cut by the buffer: the LF is skipped on the next line
          }
        }
        pos = k;
        break;
      } else {
        k++;
      }
    }
    row++;
    return true;
  }

  private void addCell(int start, int end) {
    if (width == starts.length) {
      starts = Arrays.copyOf(starts, width * 2);
      ends = Arrays.copyOf(ends, width * 2);
    }
    // trimmed as String.trim does: bytes up to the space (all ASCII here)
    while (start < end && (buf[start] & 0xFF) <= ' ') {
      start++;
    }
    while (end > start && (buf[end - 1] & 0xFF) <= ' ') {
      end--;
    }
    starts[width] = start;
    ends[width] = end;
    width++;
  }

  @Override
  public String[] header() throws IOException {
    if (headerRead) {
      throw new IllegalStateException("header already read");
    }
    headerRead = true;
    if (!readLine()) {
      return new String[0];
    }
    String[] h = new String[width];
    for (int c = 0; c < width; c++) {
      h[c] = cell(c);
    }
    return h;
  }

  @Override
  public boolean next() throws IOException {
    while (readLine()) {
      if (width == 1 && starts[0] == ends[0]) {
        continue; // a blank line is not a row
      }
      return true;
    }
    return false;
  }

  @Override
  public int width() {
    return width;
  }

  @Override
  public String cell(int column) {
    if (column >= width) {
      return "";
    }
    int s = starts[column];
    int e = ends[column];
    for (int k = s; k < e; k++) {
      if (buf[k] < 0) {
        return new String(buf, s, e - s, StandardCharsets.UTF_8);
      }
    }
    return new String(buf, s, e - s, StandardCharsets.ISO_8859_1);
  }

  @Override
  public boolean cellEquals(int column, String text) {
    if (column >= width) {
      return text.isEmpty();
    }
    int s = starts[column];
    int len = ends[column] - s;
    int n = text.length();
    for (int k = 0; k < n; k++) {
      char ch = text.charAt(k);
      if (ch >= 0x80) {
        return cell(column).equals(text); // not ASCII: compare decoded
      }
      if (k >= len || buf[s + k] != (byte) ch) {
        return false;
      }
    }
    return len == n;
  }

  @Override
  public double plainDecimal(int column) {
    if (column >= width) {
      return Double.NaN;
    }
    return InputFiles.plainDecimal(buf, starts[column], ends[column]);
  }

  @Override
  public int rowNumber() {
    return row;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
