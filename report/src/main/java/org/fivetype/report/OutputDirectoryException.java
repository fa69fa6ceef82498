package org.fivetype.report;

import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import org.fivetype.api.Surface;

/**
 * An output directory that a command refuses to replace: it holds files the same command did not
 * write (listed in {@link #foreign()}), or an input of the run lies inside it. Nothing was written
 * and nothing was deleted.
 */
@Surface(Surface.Kind.API)
public final class OutputDirectoryException extends FileSystemException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> foreign;

  OutputDirectoryException(Path dir, String reason, List<String> foreign) {
    super(dir.toString(), null, reason);
    this.foreign = List.copyOf(foreign);
  }

  /** The files (names inside the directory, or input paths) that stop the write. */
  public List<String> foreign() {
    return foreign;
  }
}
