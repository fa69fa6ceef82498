package org.fivetype.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Observation;
import org.fivetype.api.Unit;
import org.fivetype.demo.DemoCity;
import org.fivetype.demo.DemoRecords;
import org.fivetype.input.RecordFiles.RecordFile;
import org.fivetype.plugin.Plugins;
import org.fivetype.records.Aggregation;
import org.fivetype.records.RecordKind;
import org.fivetype.ruleset.RuleFiles;
import org.fivetype.ruleset.RuleSet;
import org.fivetype.spi.HistoryStore;
import org.fivetype.spi.YearRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline as library API, on the demo city: files and values agree, records, history, notes. */
class PipelineTest {

  static final RuleSet RULES = RuleFiles.builtIn(RuleFiles.URUMQI_2004, Plugins.discover());
  static final int YEAR = DemoCity.YEAR;

  @TempDir
  Path tmp;

  /** A history store in memory (the contract of HistoryStore, without a database). */
  static final class MapStore implements HistoryStore {
    final Map<Integer, YearRecord> years = new TreeMap<>();
    boolean closed;

    @Override
    public void put(YearRecord year) {
      years.put(year.year(), year);
    }

    @Override
    public Optional<YearRecord> get(int year) {
      return Optional.ofNullable(years.get(year));
    }

    @Override
    public List<Integer> years() {
      return List.copyOf(years.keySet());
    }

    @Override
    public boolean delete(int year) {
      return years.remove(year) != null;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  private static Outcome inMemory(Pipeline p, int year) {
    List<Unit> units = DemoCity.units();
    return p.run(year, units, DemoCity.observations(units, RULES, year), DemoCity.staff(units),
        DemoRecords.aggregate(units, year));
  }

  @Test
  void filesAndValuesInMemoryGiveByteIdenticalOutputs() throws IOException {
    List<Unit> units = DemoCity.units();
    Path in = Files.createDirectories(tmp.resolve("in"));
    writeUnits(units, DemoCity.staff(units), in.resolve("units.csv"));
    writeObservations(DemoCity.observations(units, RULES, YEAR), in.resolve("observations.csv"));
    List<RecordFile> records = new ArrayList<>();
    for (Path f : DemoRecords.writeFiles(units, YEAR, in)) {
      String name = f.getFileName().toString();
      records.add(new RecordFile(RecordKind.fromId(name.substring(0, name.length() - 4)).orElseThrow(), f));
    }
    assertThat(records).hasSize(RecordKind.values().length);

    Pipeline p = Pipeline.of(RULES);
    Outcome fromFiles = p.run(in.resolve("units.csv"), in.resolve("observations.csv"), YEAR, records);
    Outcome fromValues = inMemory(p, YEAR);

    List<String> written = fromFiles.write(tmp.resolve("a"));
    fromValues.write(tmp.resolve("b"));
    // the standard four, and the cadre records because the year has consequences
    assertThat(written).contains("results.json", "results.csv", "results.xlsx", "report.html", "cadre-records.csv");
    for (String f : List.of("results.json", "results.csv", "report.html", "cadre-records.csv")) {
      assertThat(Files.readAllBytes(tmp.resolve("a").resolve(f))).as(f)
          .isEqualTo(Files.readAllBytes(tmp.resolve("b").resolve(f)));
    }
    // the satisfaction section comes with the ballots
    assertThat(fromFiles.aggregations()).extracting(Aggregation::kind).contains(RecordKind.BALLOTS);
    assertThat(fromFiles.writers().files()).containsAll(fromValues.writers().files());
    assertThat(fromFiles.notes()).isEmpty();
  }

  @Test
  void recordsReplaceTheTypedInValues() {
    List<Unit> units = DemoCity.units();
    List<Aggregation> aggs = DemoRecords.aggregate(units, YEAR);
    Aggregation ballots = aggs.stream().filter(a -> a.kind() == RecordKind.BALLOTS).findFirst().orElseThrow();
    Observation fromBallots = ballots.observations().get(0);
    // a typed-in value the ballots must override
    List<Observation> typed = new ArrayList<>(DemoCity.observations(units, RULES, YEAR));
    typed.removeIf(o -> o.unitId().equals(fromBallots.unitId()) && o.indicator().equals(fromBallots.indicator()));
    typed.add(new Observation(fromBallots.unitId(), YEAR, fromBallots.indicator(), -12345.0, "typed in"));

    Evidence e = Pipeline.of(RULES).evidence(YEAR, units, typed, Map.of(), aggs);
    assertThat(e.table().value(fromBallots.unitId(), fromBallots.indicator())).isEqualTo(fromBallots.value());
    assertThat(e.year()).isEqualTo(YEAR);
    assertThat(e.units()).hasSize(units.size());
  }

  @Test
  void recordsThatFeedAnIndicatorOutsideTheRuleSetAreRefusedByKind() {
    Aggregation stray = new Aggregation(RecordKind.COMPLAINTS, YEAR, List.of(IndicatorId.of("S9.not-in-rules")),
        List.of(), List.of());
    assertThatThrownBy(() -> Pipeline.withRecords(List.of(), List.of(stray), RULES))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.problems()).hasSize(1);
          assertThat(ex.problems().get(0).where()).isEqualTo("--records complaints");
          assertThat(ex.problems().get(0).message()).contains("S9.not-in-rules", RULES.id());
        });
  }

  @Test
  void withHistoryEachYearIsStoredAndComparedWithTheYearBefore() {
    MapStore store = new MapStore();
    Pipeline p = Pipeline.of(RULES).withHistory(store);
    Outcome first = inMemory(p, YEAR - 1);
    Outcome second = inMemory(p, YEAR);
    assertThat(store.years()).containsExactly(YEAR - 1, YEAR);
    assertThat(first.consequences().orElseThrow().previousYear()).isEmpty();
    assertThat(second.consequences().orElseThrow().previousYear()).hasValue(YEAR - 1);
    // the pipeline does not close the caller's store
    assertThat(store.closed).isFalse();
    // without a store, a year stands alone
    assertThat(inMemory(Pipeline.of(RULES), YEAR).consequences().orElseThrow().previousYear()).isEmpty();
  }

  @Test
  void aYearWithoutACivilServantRegulationHasNoConsequencesAndSaysSo() {
    // Regulation.STANDARD begins with the regulation of 8 March 1994: none was in force at the end of 1993
    MapStore store = new MapStore();
    Outcome o = inMemory(Pipeline.of(RULES).withHistory(store), 1993);
    assertThat(o.consequences()).isEmpty();
    assertThat(o.notes()).singleElement().asString().contains("1993", "不计算奖惩");
    assertThat(o.writers().files()).doesNotContain("cadre-records.csv");
    // the year is stored all the same
    assertThat(store.years()).containsExactly(1993);
  }

  @Test
  void evidenceOfAnotherPlanIsRefused() {
    List<Unit> units = DemoCity.units();
    Evidence e = Pipeline.of(RULES).evidence(YEAR, units, DemoCity.observations(units, RULES, YEAR), Map.of(),
        List.of());
    assertThatThrownBy(() -> Pipeline.of(RULES).assess(e)).isInstanceOf(IllegalArgumentException.class);
  }

  private static void writeUnits(List<Unit> units, Map<String, Integer> staff, Path file) throws IOException {
    StringBuilder sb = new StringBuilder("unit_id,name_zh,name_en,kind,category,staff\n");
    for (Unit u : units) {
      Integer n = staff.get(u.id());
      sb.append(u.id()).append(',').append(csv(u.name().zh())).append(',').append(csv(u.name().en())).append(',')
          .append(u.kind().name().toLowerCase(Locale.ROOT)).append(',').append(csv(u.category())).append(',')
          .append(n == null ? "" : n).append('\n');
    }
    Files.writeString(file, sb);
  }

  private static void writeObservations(List<Observation> obs, Path file) throws IOException {
    StringBuilder sb = new StringBuilder("unit_id,year,indicator_id,value,source\n");
    for (Observation o : obs) {
      // Double.toString reads back as the same double
      sb.append(o.unitId()).append(',').append(o.year()).append(',').append(o.indicator().value()).append(',')
          .append(Double.toString(o.value())).append(',').append(csv(o.source())).append('\n');
    }
    Files.writeString(file, sb);
  }

  private static String csv(String s) {
    return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
