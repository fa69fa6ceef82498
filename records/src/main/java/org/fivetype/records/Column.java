package org.fivetype.records;

import java.util.List;
import java.util.Objects;
import org.fivetype.api.Label;
import org.fivetype.api.Surface;

/**
 * One column of a record file (see {@code docs/records.md}).
 *
 * @param name the header, e.g. {@code unit_id}
 * @param type {@code text}, {@code integer}, {@code decimal}, {@code yes/no}, {@code date} or
 *     {@code choice}
 * @param required whether a row must have a value
 * @param allowed for {@code choice} columns, the accepted values (Chinese and English); else empty
 * @param description what the column holds
 */
@Surface(Surface.Kind.API)
public record Column(String name, String type, boolean required, List<String> allowed, Label description) {
  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    allowed = List.copyOf(allowed);
    Objects.requireNonNull(description, "description");
  }
}
