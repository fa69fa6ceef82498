package org.fivetype.rule;

import java.util.List;
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
public interface ParamReader {

  /**
   * Reports every key of this object outside {@code allowed} (the key naming the kind, {@code
   * "kind"} or {@code "use"}, is always allowed), with the nearest allowed key as a suggestion.
   * Returns false, after reporting it, when this is not a JSON object at all.
   */
  boolean allowKeys(String... allowed);

  /** Whether the key is present and not {@code null}. */
  boolean has(String key);

  /** A required finite number, or NaN after reporting a problem. */
  double number(String key);

  /** An optional finite number: {@code absent} when the key is absent. */
  double number(String key, double absent);

  /** A required whole number, or {@code null} after reporting a problem. */
  @Nullable Integer integer(String key);

  /** An optional whole number: {@code absent} when the key is absent; {@code null} after a problem. */
  @Nullable Integer integer(String key, int absent);

  /** An optional {@code true}/{@code false}: {@code absent} when the key is absent or ill-typed (reported). */
  boolean bool(String key, boolean absent);

  /** A required string, or {@code null} after reporting a problem. */
  @Nullable String text(String key);

  /** A required enum constant, by its exact name, or {@code null} after reporting a problem. */
  <E extends Enum<E>> @Nullable E enumValue(String key, Class<E> type);

  /** An optional enum constant: {@code absent} when the key is absent or its value is bad (reported). */
  <E extends Enum<E>> E enumValue(String key, Class<E> type, E absent);

  /**
   * The elements of a required array, each as a reader at its own path ({@code key[0]}, …); an
   * empty list after reporting a problem when the key is absent or not an array.
   */
  List<ParamReader> array(String key);

  /** Reports a problem at this object's path. */
  void problem(String message);

  /** Reports a problem at the path of {@code key} in this object. */
  void problem(String key, String message);

  /** How many problems the whole file has so far (to tell whether a read added any). */
  int problemCount();

  /** This object's JSON path, e.g. {@code $.indicators[3].rule}. */
  String path();
}
