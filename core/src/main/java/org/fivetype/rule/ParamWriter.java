package org.fivetype.rule;

import org.fivetype.api.Surface;

/**
 * Where a {@link RuleKind} (or a tier step) writes its parameters: one JSON object of the
 * exported rule file, whose canonical form is fingerprinted. Keys are written in the order of the
 * calls (the export keeps it; the fingerprint sorts them). A kind writes exactly what its reader
 * reads back, so that export and re-import give an equal rule.
 */
@Surface(Surface.Kind.SPI)
public interface ParamWriter {

  /**
   * Writes a number.
   *
   * @param key the key
   * @param value a finite number
   * @return this writer, for the next key
   */
  ParamWriter put(String key, double value);

  /**
   * Writes a whole number (written without a decimal point).
   *
   * @param key the key
   * @param value the number
   * @return this writer, for the next key
   */
  ParamWriter put(String key, int value);

  /**
   * Writes {@code true} or {@code false}.
   *
   * @param key the key
   * @param value the value
   * @return this writer, for the next key
   */
  ParamWriter put(String key, boolean value);

  /**
   * Writes a string (an enum constant is written by its {@link Enum#name()}).
   *
   * @param key the key
   * @param value the string
   * @return this writer, for the next key
   */
  ParamWriter put(String key, String value);

  /**
   * Starts an array.
   *
   * @param key the key of the array
   * @return the writer of its elements
   */
  Items array(String key);

  /** The elements of an array being written. */
  interface Items {

    /** {@return the writer of the keys of a new object appended to the array} */
    ParamWriter addObject();

    /**
     * Appends a number.
     *
     * @param value a finite number
     * @return this array, for the next element
     */
    Items add(double value);

    /**
     * Appends a string.
     *
     * @param value the string
     * @return this array, for the next element
     */
    Items add(String value);
  }
}
