package org.fivetype.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fivetype.engine.EngineFixture.YEAR;
import static org.fivetype.engine.EngineFixture.goal;
import static org.fivetype.engine.EngineFixture.spec;
import static org.fivetype.engine.EngineFixture.unit;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;
import org.fivetype.api.Direction;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Observation;
import org.fivetype.api.Pillar;
import org.fivetype.api.Unit;
import org.fivetype.rule.Goalposts;
import org.fivetype.rule.Relative;
import org.fivetype.rule.RuleKind;
import org.fivetype.rule.ScoringRule;
import org.fivetype.rule.Veto;
import org.fivetype.ruleset.RuleSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The blocked, threaded kernel on five units, small enough to work out by hand, at block sizes
 * from 1 to past the unit count and on 1 to 4 threads (through the package-private {@code
 * assess(table, options, block, threads)}); and the thread pool's own behaviour — more than one
 * thread really used, a failure of any thread reported as it was thrown, an interrupted caller —
 * with a rule that waits until two threads score at once. ({@code KernelBlocksTest} checks the
 * same kernel against a plain evaluation at 100 000 units, too slow for PIT.)
 */
class KernelSmallBlocksTest {

  /**
   * LEARNING: L1.a (4 points, hard; points = value), L1.b (8; points = value); SERVICE: S1.r (8,
   * fraction of the category's best); INTEGRITY: I1.v (2, veto at 1 event).
   */
  static RuleSet ruleSet() {
    return RuleSet.builder("small", Label.of("小", "small"))
        .indicator(goal("L1.a", Pillar.LEARNING, 4, true))
        .indicator(goal("L1.b", Pillar.LEARNING, 8, false))
        .indicator(spec("S1.r", Pillar.SERVICE, 8, Relative.fractionOfBest(Relative.Scope.CATEGORY,
            Direction.HIGHER_IS_BETTER), false))
        .indicator(spec("I1.v", Pillar.INTEGRITY, 2, new Veto(1), false))
        .build();
  }

  static List<Unit> units() {
    return List.of(unit("u1", "x"), unit("u2", "x"), unit("u3", "x"), unit("u4", "y"), unit("u5", "y"));
  }

  static List<Observation> observations() {
    List<Observation> o = new ArrayList<>();
    // unit: L1.a, L1.b, S1.r, I1.v (NaN: missing)
    add(o, "u1", 4, 8, 8, 0);
    add(o, "u2", 2, 6, 4, 0);
    add(o, "u3", 4, 1, 2, 1);
    add(o, "u4", 1, 2, 16, Double.NaN);
    add(o, "u5", 4, 4, 4, 0);
    return o;
  }

  static void add(List<Observation> o, String u, double a, double b, double r, double v) {
    o.add(Observation.of(u, YEAR, "L1.a", a));
    o.add(Observation.of(u, YEAR, "L1.b", b));
    o.add(Observation.of(u, YEAR, "S1.r", r));
    if (!Double.isNaN(v)) {
      o.add(Observation.of(u, YEAR, "I1.v", v));
    }
  }

  // By hand. S1.r: category x's best is 8 (u1), y's 16 (u4): u1 8/8·8 = 8, u2 4/8·8 = 4, u3 2/8·8 = 2,
  // u4 16/16·8 = 8, u5 4/16·8 = 2. I1.v: 2 points below 1 event; u3 (1 event) and u4 (no evidence,
  // vetoes by default) earn 0 and are vetoed. L1.a is hard at 100 %: u2 (2 of 4) and u4 (1 of 4) fail.
  static final double[] LEARNING = {4 + 8, 2 + 6, 4 + 1, 1 + 2, 4 + 4};
  static final double[] SERVICE = {8, 4, 2, 8, 2};
  static final double[] INTEGRITY = {2, 2, 0, 0, 2};
  static final double[] TOTALS = {22, 14, 7, 11, 12};
  static final boolean[] VETOED = {false, false, true, true, false};
  static final boolean[] HARD_FAILED = {false, true, false, true, false};

  @BeforeEach
  void freshPool() throws ReflectiveOperationException {
    // every test starts without the kernel's lazily made pool, so that its making is part of the test
    Field f = Kernel.class.getDeclaredField("pool");
    f.setAccessible(true);
    ExecutorService old = (ExecutorService) f.get(null);
    if (old != null) {
      old.shutdown();
    }
    f.set(null, null);
  }

  @ParameterizedTest(name = "block {0}, {1} threads")
  @CsvSource({"1, 1", "2, 1", "1, 4", "2, 2", "2, 3", "3, 2", "4, 2", "4, 4", "5, 3", "6, 2", "2048, 1", "2048, 4"})
  void everyBlockSizeAndThreadCountGivesTheNumbersWorkedOutByHand(int block, int threads) {
    ScoringPlan plan = ScoringPlan.compile(ruleSet());
    EvidenceTable t = plan.table(YEAR, units(), observations());
    AssessmentResult r = plan.assess(t, ScoringPlan.Options.DEFAULT, block, threads);
    for (int u = 0; u < 5; u++) {
      UnitResult ur = r.units().get(u);
      assertThat(ur.total()).as("total of u%d", u + 1).isEqualTo(TOTALS[u]);
      assertThat(ur.pillar(Pillar.LEARNING).points()).as("learning of u%d", u + 1).isEqualTo(LEARNING[u]);
      assertThat(ur.pillar(Pillar.SERVICE).points()).as("service of u%d", u + 1).isEqualTo(SERVICE[u]);
      assertThat(ur.pillar(Pillar.INTEGRITY).points()).as("integrity of u%d", u + 1).isEqualTo(INTEGRITY[u]);
      assertThat(ur.vetoes().isEmpty()).as("vetoed u%d", u + 1).isEqualTo(!VETOED[u]);
      assertThat(ur.failedHard().isEmpty()).as("hard failed u%d", u + 1).isEqualTo(!HARD_FAILED[u]);
    }
    assertThat(r.units().get(3).missing()).containsExactly(IndicatorId.of("I1.v"));
  }

  /** Only relative rules: S1.r (8, fraction of the category's best) and S1.q (4, rank step 1 over all). */
  static RuleSet allRelative() {
    return RuleSet.builder("relative", Label.of("相对", "relative"))
        .indicator(spec("S1.r", Pillar.SERVICE, 8, Relative.fractionOfBest(Relative.Scope.CATEGORY,
            Direction.HIGHER_IS_BETTER), false))
        .indicator(spec("S1.q", Pillar.SERVICE, 4, Relative.rankStep(Relative.Scope.ALL, Direction.HIGHER_IS_BETTER,
            1), false))
        .build();
  }

  @ParameterizedTest(name = "block {0}, {1} threads")
  @CsvSource({"2, 1", "2, 3", "5, 1", "1, 2"})
  void aRuleSetOfRelativeRulesOnly(int block, int threads) {
    ScoringPlan plan = ScoringPlan.compile(allRelative());
    List<Observation> obs = new ArrayList<>();
    double[] r = {8, 4, 2, 16, 4};
    for (int u = 0; u < 5; u++) {
      obs.add(Observation.of("u" + (u + 1), YEAR, "S1.r", r[u]));
      obs.add(Observation.of("u" + (u + 1), YEAR, "S1.q", r[u]));
    }
    AssessmentResult res = plan.assess(plan.table(YEAR, units(), obs), ScoringPlan.Options.DEFAULT, block, threads);
    // S1.r as above: 8, 4, 2, 8, 2. S1.q over all five, highest first: u4 16 (1st: 4), u1 8 (2nd: 3),
    // u2 and u5 4 (3rd, tied: 2 each), u3 2 (5th: 0)
    assertThat(res.units()).extracting(UnitResult::total).containsExactly(8.0 + 3, 4.0 + 2, 2.0 + 0, 8.0 + 4,
        2.0 + 2);
  }

  @Test
  void aBlockMustHoldAUnit() {
    ScoringPlan plan = ScoringPlan.compile(ruleSet());
    EvidenceTable t = plan.table(YEAR, units(), observations());
    assertThatThrownBy(() -> plan.assess(t, ScoringPlan.Options.DEFAULT, 0, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("block must be >= 1, was 0");
  }

  /**
   * Points = value, like goalposts 0 … max; its scoreAll waits (up to 5 s) until two threads are
   * scoring at once and notes each thread, then runs {@code then} for it.
   */
  record Meeting(Set<Thread> threads, AtomicInteger inside, Runnable then) implements ScoringRule {
    static final Goalposts SAME = new Goalposts(0, 8, Direction.HIGHER_IS_BETTER);

    @Override
    public RuleKind<?> ruleKind() {
      return SAME.ruleKind();
    }

    @Override
    public Direction direction() {
      return Direction.HIGHER_IS_BETTER;
    }

    @Override
    public double points(double value, double max) {
      return SAME.points(value, max);
    }

    @Override
    public void scoreAll(double[] values, int from, int to, double max, double[] out) {
      threads.add(Thread.currentThread());
      inside.incrementAndGet();
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (inside.get() < 2 && System.nanoTime() < deadline) {
        Thread.onSpinWait(); // not interruptible: the caller may be interrupted on purpose
      }
      SAME.scoreAll(values, from, to, max, out);
      then.run();
    }

    @Override
    public @Nullable String invalidReason(double value) {
      return SAME.invalidReason(value);
    }

    @Override
    public double sampleValue(double good, DoubleSupplier uniform) {
      return SAME.sampleValue(good, uniform);
    }

    @Override
    public double fullPointsValue() {
      return SAME.fullPointsValue();
    }

    @Override
    public Label describe(double max) {
      return SAME.describe(max);
    }
  }

  static AssessmentResult meet(Meeting rule, int block, int threads) {
    RuleSet rs = RuleSet.builder("meet", Label.of("会合", "meet"))
        .indicator(spec("S1.m", Pillar.SERVICE, 8, rule, false)).build();
    ScoringPlan plan = ScoringPlan.compile(rs);
    List<Observation> obs = new ArrayList<>();
    for (int u = 0; u < 4; u++) {
      obs.add(Observation.of("u" + (u + 1), YEAR, "S1.m", u + 1));
    }
    EvidenceTable t = plan.table(YEAR, units().subList(0, 4), obs);
    return plan.assess(t, ScoringPlan.Options.DEFAULT, block, threads);
  }

  @Test
  void twoThreadsScoreTwoBlocksAtOnceOnTheKernelsDaemonThreads() {
    Set<Thread> seen = ConcurrentHashMap.newKeySet();
    AssessmentResult r = meet(new Meeting(seen, new AtomicInteger(), () -> {}), 2, 2);
    // points = value: 1, 2, 3, 4; two blocks of two units, each scored by its own thread
    assertThat(r.units()).extracting(UnitResult::total).containsExactly(1.0, 2.0, 3.0, 4.0);
    assertThat(seen).hasSize(2).contains(Thread.currentThread());
    Thread worker = seen.stream().filter(th -> th != Thread.currentThread()).findFirst().orElseThrow();
    assertThat(worker.isDaemon()).isTrue(); // never keeps the JVM alive
    assertThat(worker.getName()).startsWith("fivetype-assess-");
  }

  @Test
  void onOneThreadEverythingRunsOnTheCaller() {
    Set<Thread> seen = ConcurrentHashMap.newKeySet();
    // one thread: nobody to wait for, so "inside" starts at 1 (the meeting is complete); only the caller is seen
    AssessmentResult r = meet(new Meeting(seen, new AtomicInteger(1), () -> {}), 2, 1);
    assertThat(r.units()).extracting(UnitResult::total).containsExactly(1.0, 2.0, 3.0, 4.0);
    assertThat(seen).containsExactly(Thread.currentThread());
  }

  @Test
  void aFailureOnAPoolThreadIsThrownAsItWas() {
    assertThrownAsItWasFromAPoolThread(new IllegalStateException("boom"));
  }

  @Test
  void anErrorOnAPoolThreadIsThrownAsItWas() {
    assertThrownAsItWasFromAPoolThread(new AssertionError("boom"));
  }

  /** A runtime exception or an error of a pool thread's task reaches the caller as it was (not wrapped). */
  private static void assertThrownAsItWasFromAPoolThread(Throwable boom) {
    Thread caller = Thread.currentThread();
    Runnable failOnWorker = () -> {
      if (Thread.currentThread() != caller) {
        if (boom instanceof RuntimeException e) {
          throw e;
        }
        throw (Error) boom;
      }
    };
    assertThatThrownBy(() -> meet(new Meeting(ConcurrentHashMap.newKeySet(), new AtomicInteger(), failOnWorker), 2, 2))
        .isSameAs(boom);
  }

  @Test
  void aFailureOnTheCallerWinsOverOneOnAPoolThread() {
    Thread caller = Thread.currentThread();
    IllegalStateException mine = new IllegalStateException("caller");
    Runnable failBoth = () -> {
      throw Thread.currentThread() == caller ? mine : new IllegalArgumentException("worker");
    };
    assertThatThrownBy(() -> meet(new Meeting(ConcurrentHashMap.newKeySet(), new AtomicInteger(), failBoth), 2, 2))
        .isSameAs(mine);
  }

  @Test
  void anInterruptedCallerStopsWaitingAndKeepsItsInterrupt() {
    Thread caller = Thread.currentThread();
    // the pool thread is still scoring (it spins, deaf to interrupts, until the test has its answer, at most 5 s)
    // when the caller, interrupted beforehand, waits for it: the wait is interrupted at once
    AtomicBoolean released = new AtomicBoolean();
    Runnable slowWorker = () -> {
      if (Thread.currentThread() != caller) {
        long end = System.nanoTime() + 5_000_000_000L;
        while (!released.get() && System.nanoTime() < end) {
          Thread.onSpinWait();
        }
      }
    };
    caller.interrupt();
    try {
      assertThatThrownBy(() -> meet(new Meeting(ConcurrentHashMap.newKeySet(), new AtomicInteger(), slowWorker), 2, 2))
          .isInstanceOf(IllegalStateException.class).hasMessage("assess was interrupted")
          .hasCauseInstanceOf(InterruptedException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      released.set(true);
      Thread.interrupted(); // clears it for the next test
    }
  }

  @Test
  void belowTheParallelSizeAssessUsesTheCallerAlone() {
    Set<Thread> seen = ConcurrentHashMap.newKeySet();
    // Options with 4 threads, but 1 unit < PARALLEL_MIN_UNITS: the caller alone, no waiting
    RuleSet rs = RuleSet.builder("meet", Label.of("会合", "meet"))
        .indicator(spec("S1.m", Pillar.SERVICE, 8, new Meeting(seen, new AtomicInteger(1), () -> {}), false)).build();
    ScoringPlan plan = ScoringPlan.compile(rs);
    EvidenceTable t = plan.table(YEAR, units().subList(0, 1), List.of(Observation.of("u1", YEAR, "S1.m", 5)));
    AssessmentResult r = plan.assess(t, new ScoringPlan.Options(false, 4));
    assertThat(r.units().get(0).total()).isEqualTo(5.0);
    assertThat(seen).containsExactly(Thread.currentThread());
  }

  @Test
  void fromTheParallelSizeOnAssessUsesTheThreadsOfItsOptions() {
    ScoringPlan.Options two = ScoringPlan.Options.DEFAULT.withThreads(2);
    assertThat(ScoringPlan.threads(ScoringPlan.PARALLEL_MIN_UNITS - 1, two)).isEqualTo(1);
    assertThat(ScoringPlan.threads(ScoringPlan.PARALLEL_MIN_UNITS, two)).isEqualTo(2);
    assertThat(ScoringPlan.threads(1, two)).isEqualTo(1);
  }

  @Test
  void theOptionsThreads() {
    int cpus = Runtime.getRuntime().availableProcessors();
    assertThat(new ScoringPlan.Options(false, 0).effectiveThreads()).isEqualTo(cpus); // 0: the processors
    assertThat(new ScoringPlan.Options(false, 1).effectiveThreads()).isEqualTo(1);
    assertThat(new ScoringPlan.Options(true, cpus + 1).effectiveThreads()).isEqualTo(cpus + 1);
    assertThat(ScoringPlan.Options.STRICT.withThreads(3)).isEqualTo(new ScoringPlan.Options(true, 3));
    assertThatThrownBy(() -> new ScoringPlan.Options(false, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads must be >= 0 (0: available processors), was -1");
  }
}
