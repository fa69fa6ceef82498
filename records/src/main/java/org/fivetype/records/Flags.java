package org.fivetype.records;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.fivetype.api.Label;

/** Flags and unit ordering the aggregators share. */
final class Flags {
  private Flags() {}

  static final String UNKNOWN_UNIT = "unknown-unit";
  static final String NO_RECORDS = "no-records";

  static Flag unknownUnit(String unitId) {
    return new Flag(UNKNOWN_UNIT, Label.of("单位“" + unitId + "”不在考核单位之列,其记录未计入",
        "unit \"" + unitId + "\" is not among the assessed units; its records are not used"));
  }

  static Flag noRecords(RecordKind kind, String consequenceZh, String consequenceEn) {
    return new Flag(NO_RECORDS, Label.of("无" + kind.label().zh() + "记录:" + consequenceZh,
        "no " + kind.label().en() + " records: " + consequenceEn));
  }

  /** The assessed units in the given order, then units with records that are not assessed, by id. */
  static List<String> order(Map<String, ?> states, Collection<String> unitIds) {
    LinkedHashSet<String> out = new LinkedHashSet<>(unitIds);
    TreeSet<String> extra = new TreeSet<>(states.keySet());
    extra.removeAll(out);
    List<String> list = new ArrayList<>(out);
    list.addAll(extra);
    return list;
  }
}
