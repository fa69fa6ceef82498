package org.fivetype.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Pillar;
import org.fivetype.api.Reason;
import org.fivetype.engine.AssessmentResult;
import org.fivetype.engine.IndicatorScore;
import org.fivetype.engine.UnitResult;

/** Compares Spark's result rows with the single-machine result, number for number. */
final class Results {
  private Results() {}

  static void assertIdentical(AssessmentResult expected, List<Row> actual) {
    assertThat(actual).hasSize(expected.units().size());
    List<Pillar> pillars = expected.ruleSet().pillars();
    for (int u = 0; u < actual.size(); u++) {
      UnitResult e = expected.units().get(u);
      Row r = actual.get(u);
      String id = e.unit().id();
      assertThat(r.<String>getAs("unit_id")).isEqualTo(id);
      assertThat(r.<String>getAs("category")).isEqualTo(e.unit().category());
      // exact equality of doubles, not a tolerance: the same code on the same numbers
      assertThat(r.<Double>getAs("total")).as(id).isEqualTo(e.total());
      assertThat(r.<Double>getAs("max_total")).isEqualTo(e.maxTotal());
      assertThat(r.<String>getAs("tier")).as(id).isEqualTo(e.tier().name());
      assertThat(r.<Integer>getAs("rank")).as(id).isEqualTo(e.rank());
      assertThat(r.<Integer>getAs("category_size")).isEqualTo(e.categorySize());
      for (Pillar p : pillars) {
        assertThat(r.<Double>getAs("pillar_" + p.id())).as(id + " " + p.id()).isEqualTo(e.pillar(p).points());
      }
      List<Double> points = r.getList(r.fieldIndex("points"));
      List<Double> expectedPoints = new ArrayList<>();
      for (IndicatorScore s : e.indicators()) {
        expectedPoints.add(s.points());
      }
      assertThat(points).as(id).isEqualTo(expectedPoints);
      assertThat(r.<String>getList(r.fieldIndex("missing")))
          .isEqualTo(e.missing().stream().map(IndicatorId::value).toList());
      List<String> reasons = new ArrayList<>();
      for (Reason x : e.reasons()) {
        reasons.add(x.step() + ": " + x.text().zh() + " | " + x.text().en());
      }
      assertThat(r.<String>getList(r.fieldIndex("reasons"))).as(id).isEqualTo(reasons);
    }
  }
}
