package org.fivetype.input;

import java.io.IOException;

/** A file that cannot be read on from a given row (a CSV quote never closed): the readers report it at that row. */
final class RowReadException extends IOException {
  private static final long serialVersionUID = 1L;

  private final int row;

  RowReadException(int row, String message, Throwable cause) {
    super(message, cause);
    this.row = row;
  }

  /** The row (1 = the header) where the fault starts. */
  int row() {
    return row;
  }
}
