package org.fivetype.store.jdbc;

import org.fivetype.api.Surface;
import org.jspecify.annotations.Nullable;

/**
 * A history store could not be opened, migrated, read or written. The message names the store
 * (its JDBC URL, without credentials) and the year; the cause is the driver's exception.
 */
@Surface(Surface.Kind.API)
public final class HistoryStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  HistoryStoreException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
