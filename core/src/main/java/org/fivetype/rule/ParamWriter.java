package org.fivetype.rule;

/**
 * Where a {@link RuleKind} (or a tier step) writes its parameters: one JSON object of the
 * exported rule file, whose canonical form is fingerprinted. Keys are written in the order of the
 * calls (the export keeps it; the fingerprint sorts them). A kind writes exactly what its reader
 * reads back, so that export and re-import give an equal rule.
 */
public interface ParamWriter {

  /** Writes a number. */
  ParamWriter put(String key, double value);

  /** Writes a whole number (written without a decimal point). */
  ParamWriter put(String key, int value);

  /** Writes {@code true} or {@code false}. */
  ParamWriter put(String key, boolean value);

  /** Writes a string (an enum constant is written by its {@link Enum#name()}). */
  ParamWriter put(String key, String value);

  /** Starts an array under {@code key}. */
  Items array(String key);

  /** The elements of an array being written. */
  interface Items {

    /** Appends an object and returns the writer of its keys. */
    ParamWriter addObject();

    /** Appends a number. */
    Items add(double value);

    /** Appends a string. */
    Items add(String value);
  }
}
