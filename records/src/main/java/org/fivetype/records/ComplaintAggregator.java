package org.fivetype.records;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Observation;
import org.fivetype.api.Surface;

/**
 * Efficiency complaints (E6) → per unit the number of verified complaints, the value of {@code
 * E6.verified-complaints} (a count; the rule deducts 0.5 points each), and optionally the number
 * of verified <i>serious</i> complaints for a veto indicator (default {@code I5.major-violations},
 * a {@code Veto(1)}: one serious verified complaint vetoes the unit).
 *
 * <p>Verified complaints count, serious or not; unfounded ones do not; pending ones are reported
 * in the diagnostics ({@code pending}, flag {@code pending}) and not counted — they count in the
 * year they are concluded. A unit without complaints gets 0 (nothing verified).
 *
 * <p>The veto feed replaces whatever value of the veto indicator comes from elsewhere (the
 * discipline commission, the audit): when those cases are kept in another source, either add them
 * as serious verified complaint records or switch the feed off ({@code vetoIndicator} empty).
 *
 * <p>State: five {@code long} counters per unit.
 */
@Surface(Surface.Kind.API)
public final class ComplaintAggregator implements RecordAggregator<Complaint, ComplaintAggregator.State> {

  /**
   * The indicators fed.
   *
   * @param verifiedIndicator the count of verified complaints (default {@code E6.verified-complaints})
   * @param vetoIndicator the count of verified serious complaints (default {@code
   *     I5.major-violations}); empty to feed no veto
   */
  public record Config(IndicatorId verifiedIndicator, Optional<IndicatorId> vetoIndicator) {

    public Config {
      java.util.Objects.requireNonNull(verifiedIndicator, "verifiedIndicator");
      java.util.Objects.requireNonNull(vetoIndicator, "vetoIndicator");
    }

    /** {@code E6.verified-complaints} and {@code I5.major-violations}. */
    public static Config defaults() {
      return new Config(IndicatorId.of("E6.verified-complaints"), Optional.of(IndicatorId.of("I5.major-violations")));
    }
  }

  private final Config config;

  private ComplaintAggregator(Config config) {
    this.config = java.util.Objects.requireNonNull(config, "config");
  }

  /** An aggregator with the given configuration. */
  public static ComplaintAggregator of(Config config) {
    return new ComplaintAggregator(config);
  }

  /** An aggregator with {@link Config#defaults()}. */
  public static ComplaintAggregator defaults() {
    return of(Config.defaults());
  }

  @Override
  public RecordKind kind() {
    return RecordKind.COMPLAINTS;
  }

  @Override
  public State newState() {
    return new State();
  }

  @Override
  public void add(State state, Complaint complaint) {
    state.add(complaint);
  }

  /** A unit's counters. */
  public static final class State implements UnitState<State> {
    private static final long serialVersionUID = 1L;
    private long verified;
    private long seriousVerified;
    private long unfounded;
    private long pending;
    private long seriousPending;

    void add(Complaint c) {
      boolean serious = c.severity() == Complaint.Severity.SERIOUS;
      switch (c.status()) {
        case VERIFIED -> {
          verified++;
          if (serious) {
            seriousVerified++;
          }
        }
        case UNFOUNDED -> unfounded++;
        case PENDING -> {
          pending++;
          if (serious) {
            seriousPending++;
          }
        }
        default -> throw new AssertionError(c.status());
      }
    }

    @Override
    public void merge(State o) {
      verified += o.verified;
      seriousVerified += o.seriousVerified;
      unfounded += o.unfounded;
      pending += o.pending;
      seriousPending += o.seriousPending;
    }
  }

  @Override
  public Aggregation finish(int year, Map<String, State> states, Collection<String> unitIds) {
    List<Observation> obs = new ArrayList<>();
    List<UnitDiagnostics> diags = new ArrayList<>();
    Set<String> assessed = Set.copyOf(unitIds);
    for (String u : Flags.order(states, unitIds)) {
      State s = states.getOrDefault(u, new State());
      Map<String, Double> fig = new LinkedHashMap<>();
      fig.put("verified", (double) s.verified);
      fig.put("serious-verified", (double) s.seriousVerified);
      fig.put("unfounded", (double) s.unfounded);
      fig.put("pending", (double) s.pending);
      fig.put("serious-pending", (double) s.seriousPending);
      List<Flag> flags = new ArrayList<>();
      if (!assessed.contains(u)) {
        flags.add(Flags.unknownUnit(u));
      } else {
        obs.add(new Observation(u, year, config.verifiedIndicator(), s.verified, "records:complaints"));
        config.vetoIndicator().ifPresent(v ->
            obs.add(new Observation(u, year, v, s.seriousVerified, "records:complaints")));
      }
      if (!states.containsKey(u)) {
        flags.add(Flags.noRecords(kind(), "查实投诉计0件", "0 verified complaints"));
      }
      if (s.pending > 0) {
        flags.add(new Flag("pending", Label.of(s.pending + "件投诉待查,本年不计", s.pending
            + " complaints pending, not counted this year")));
      }
      if (s.seriousVerified > 0 && config.vetoIndicator().isPresent()) {
        flags.add(new Flag("veto", Label.of("查实严重投诉" + s.seriousVerified + "件,计入"
            + config.vetoIndicator().get(), s.seriousVerified + " serious verified complaints, counted for "
            + config.vetoIndicator().get())));
      }
      diags.add(new UnitDiagnostics(u, fig, flags, Optional.empty()));
    }
    return new Aggregation(kind(), year, config.vetoIndicator().map(v -> List.of(config.verifiedIndicator(), v)).orElse(List.of(config.verifiedIndicator())), obs, diags);
  }
}
