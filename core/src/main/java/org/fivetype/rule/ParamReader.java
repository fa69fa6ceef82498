package org.fivetype.rule;

import java.util.List;
import org.fivetype.api.Surface;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of one rule (or tier step) in a rule file, as its {@link RuleKind} reads them:
 * a cursor over one JSON object that records every problem with the file and JSON path instead
 * of stopping at the first, so that a rule file's problems are reported in one pass.
 *
 * <p>Reads of required keys report a missing or ill-typed value and return NaN or {@code null};
 * reads with a default return the default when the key is absent (and report, then return the
 * default, when it is present but ill-typed). A kind tells whether its reads went well by
 * comparing {@link #problemCount()} before and after.
 */
@Surface(Surface.Kind.SPI)
public interface ParamReader {

  /**
   * Reports every key of this object outside {@code allowed} (the key naming the kind, {@code
   * "kind"} or {@code "use"}, is always allowed), with the nearest allowed key as a suggestion.
   * Returns false, after reporting it, when this is not a JSON object at all.
   *
   * @param allowed the keys this kind reads
   * @return false if this is not a JSON object; true otherwise, even when unknown keys were reported
   */
  boolean allowKeys(String... allowed);

  /**
   * Whether a key is present.
   *
   * @param key the key
   * @return true if the key is present and not {@code null}
   */
  boolean has(String key);

  /**
   * Reads a required finite number.
   *
   * @param key the key
   * @return the number, or NaN after reporting a missing, non-numeric or non-finite value
   */
  double number(String key);

  /**
   * Reads an optional finite number.
   *
   * @param key the key
   * @param absent the value when the key is absent
   * @return the number, {@code absent}, or NaN after reporting an ill-typed value
   */
  double number(String key, double absent);

  /**
   * Reads a required whole number.
   *
   * @param key the key
   * @return the number, or null after reporting a missing or ill-typed value
   */
  @Nullable Integer integer(String key);

  /**
   * Reads an optional whole number.
   *
   * @param key the key
   * @param absent the value when the key is absent
   * @return the number, {@code absent}, or null after reporting an ill-typed value
   */
  @Nullable Integer integer(String key, int absent);

  /**
   * Reads an optional {@code true}/{@code false}.
   *
   * @param key the key
   * @param absent the value when the key is absent or ill-typed (an ill-typed value is reported)
   * @return the value read, or {@code absent}
   */
  boolean bool(String key, boolean absent);

  /**
   * Reads a required string.
   *
   * @param key the key
   * @return the string, or null after reporting a missing or ill-typed value
   */
  @Nullable String text(String key);

  /**
   * Reads a required enum constant, by its exact name.
   *
   * @param <E> the enum type
   * @param key the key
   * @param type the enum's class
   * @return the constant, or null after reporting a missing value or one that names no constant
   */
  <E extends Enum<E>> @Nullable E enumValue(String key, Class<E> type);

  /**
   * Reads an optional enum constant, by its exact name.
   *
   * @param <E> the enum type
   * @param key the key
   * @param type the enum's class
   * @param absent the value when the key is absent or its value is bad (a bad value is reported)
   * @return the constant read, or {@code absent}
   */
  <E extends Enum<E>> E enumValue(String key, Class<E> type, E absent);

  /**
   * The elements of a required array, each as a reader at its own path ({@code key[0]}, …); an
   * empty list after reporting a problem when the key is absent or not an array.
   *
   * @param key the key
   * @return a reader per element, in order
   */
  List<ParamReader> array(String key);

  /**
   * Reports a problem at this object's path.
   *
   * @param message what is wrong and what was expected
   */
  void problem(String message);

  /**
   * Reports a problem at the path of a key in this object.
   *
   * @param key the key
   * @param message what is wrong and what was expected
   */
  void problem(String key, String message);

  /** {@return how many problems the whole file has so far (to tell whether a read added any)} */
  int problemCount();

  /** {@return this object's JSON path, e.g. {@code $.indicators[3].rule}} */
  String path();
}
