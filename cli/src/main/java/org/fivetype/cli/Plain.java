package org.fivetype.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * An output stream that lets no control character through but line feed, tab and carriage return
 * (the progress line): a unit name with a terminal escape sequence, a NUL byte or a C1 control
 * prints as plain text. Bytes of UTF-8 are passed whole; the C1 controls (U+0080–U+009F, in UTF-8
 * {@code C2 80}–{@code C2 9F}) and the bidirectional overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) are dropped.
 */
final class Plain extends FilterOutputStream {
  private final byte[] pending = new byte[3];
  private int held;
  private final java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream(256);

  private Plain(OutputStream out) {
    super(out);
  }

  /** {@code stream}, printing plain text only. */
  static PrintStream wrap(PrintStream stream) {
    return new PrintStream(new Plain(stream), true, StandardCharsets.UTF_8);
  }

  @Override
  public void write(int b) throws IOException {
    filter(b);
    emit();
  }

  private void emit() throws IOException {
    if (buf.size() > 0) {
      buf.writeTo(out);
      buf.reset();
    }
  }

  private void filter(int b) {
    java.io.ByteArrayOutputStream out = buf;
    int c = b & 0xFF;
    if (held > 0) {
      pending[held++] = (byte) c;
      if (pending[0] == (byte) 0xC2) {
        held = 0;
        if (c < 0x80 || c > 0x9F) {
          out.write(0xC2);
          out.write(c);
        }
        return;
      }
      // E2 80 AA–AE, E2 81 A6–A9
      if (held == 2) {
        if (c != 0x80 && c != 0x81) {
          held = 0;
          out.write(0xE2);
          out.write(c);
        }
        return;
      }
      held = 0;
      boolean bidi = (pending[1] == (byte) 0x80 && c >= 0xAA && c <= 0xAE)
          || (pending[1] == (byte) 0x81 && c >= 0xA6 && c <= 0xA9);
      if (!bidi) {
        out.write(pending, 0, 3);
      }
      return;
    }
    if (c == 0xC2 || c == 0xE2) {
      pending[0] = (byte) c;
      held = 1;
      return;
    }
    if ((c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7F) {
      return;
    }
    out.write(c);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    for (int i = 0; i < len; i++) {
      filter(b[off + i]);
    }
    emit();
  }

  @Override
  public void flush() throws IOException {
    emit();
    out.flush();
  }
}
