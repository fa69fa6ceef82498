package org.fivetype.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The floor of the end-to-end run ({@code benchmarks/assess-10m.sh}): read the same input files'
 * bytes once and parse every number in them once, nothing else — no checks, no table, no
 * assessment, no output. Each file is read in 1 MB blocks; in every row after the header, every
 * cell that is a plain decimal (digits, at most one point, an optional minus: the year, the value,
 * the staff count) is parsed from its bytes into a {@code double} (≤ 15 significant digits: the
 * mantissa as a {@code long} divided by a power of ten, exact as {@code Double.parseDouble} for
 * such numbers; longer ones through {@code Double.parseDouble}), and the numbers are added up so
 * that the work cannot be skipped.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.fivetype.benchmarks.ReadFloor
 * FILE...}; prints the wall time, the rows, the numbers parsed and their sum.
 */
public final class ReadFloor {
  private ReadFloor() {}

  private static final double[] POW10 = new double[23];

  static {
    double p = 1;
    for (int k = 0; k < POW10.length; k++) {
      POW10[k] = p;
      p *= 10;
    }
  }

  /** What one pass found. */
  record Tally(long rows, long numbers, double sum) {}

  /** Reads {@code args} (files) once each and prints the time. */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: ReadFloor FILE...");
      System.exit(2);
    }
    long t0 = System.nanoTime();
    long rows = 0;
    long numbers = 0;
    double sum = 0;
    for (String a : args) {
      Tally t = read(Path.of(a));
      rows += t.rows();
      numbers += t.numbers();
      sum += t.sum();
    }
    long t1 = System.nanoTime();
    System.out.printf(Locale.ROOT, "floor: read %.2f s, %,d rows, %,d numbers parsed (sum %.6g)%n", (t1 - t0) / 1e9,
        rows, numbers, sum);
  }

  /** One pass over a CSV file: every data row's plain-decimal cells parsed once. */
  static Tally read(Path file) throws IOException {
    byte[] buf = new byte[1 << 20];
    byte[] line = new byte[1 << 16];
    int lineLen = 0;
    long rows = 0;
    long numbers = 0;
    double sum = 0;
    boolean header = true;
    try (InputStream in = Files.newInputStream(file)) {
      int r;
      while ((r = in.read(buf)) > 0) {
        int start = 0;
        for (int k = 0; k < r; k++) {
          if (buf[k] == '\n') {
            byte[] row;
            int from;
            int to;
            if (lineLen > 0) {
              System.arraycopy(buf, start, line, lineLen, k - start);
              row = line;
              from = 0;
              to = lineLen + k - start;
              lineLen = 0;
            } else {
              row = buf;
              from = start;
              to = k;
            }
            if (header) {
              header = false;
            } else {
              rows++;
              long[] count = {0};
              sum += row(row, from, to, count);
              numbers += count[0];
            }
            start = k + 1;
          }
        }
        if (start < r) {
          System.arraycopy(buf, start, line, lineLen, r - start);
          lineLen += r - start;
        }
      }
    }
    if (lineLen > 0 && !header) {
      rows++;
      long[] count = {0};
      sum += row(line, 0, lineLen, count);
      numbers += count[0];
    }
    return new Tally(rows, numbers, sum);
  }

  /** The sum of the row's plain-decimal cells; {@code count[0]} gets how many there were. */
  static double row(byte[] b, int from, int to, long[] count) {
    if (to > from && b[to - 1] == '\r') {
      to--;
    }
    double sum = 0;
    int cell = from;
    for (int k = from; k <= to; k++) {
      if (k == to || b[k] == ',') {
        double v = decimal(b, cell, k);
        if (!Double.isNaN(v)) {
          sum += v;
          count[0]++;
        }
        cell = k + 1;
      }
    }
    return sum;
  }

  /** A plain decimal in {@code b[from, to)}, or NaN if the cell is not one. */
  static double decimal(byte[] b, int from, int to) {
    if (from >= to) {
      return Double.NaN;
    }
    boolean negative = b[from] == '-';
    int k = negative ? from + 1 : from;
    long mantissa = 0;
    int digits = 0;
    int scale = -1;
    for (; k < to; k++) {
      int c = b[k];
      if (c >= '0' && c <= '9') {
        mantissa = mantissa * 10 + (c - '0');
        digits++;
        if (scale >= 0) {
          scale++;
        }
      } else if (c == '.' && scale < 0) {
        scale = 0;
      } else {
        return Double.NaN;
      }
    }
    if (digits == 0) {
      return Double.NaN;
    }
    if (digits > 15 || scale > 22) {
      return Double.parseDouble(new String(b, from, to - from, java.nio.charset.StandardCharsets.US_ASCII));
    }
    double v = scale > 0 ? mantissa / POW10[scale] : mantissa;
    return negative ? -v : v;
  }
}
