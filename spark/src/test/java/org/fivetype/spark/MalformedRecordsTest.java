package org.fivetype.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.fivetype.api.InvalidInputException;
import org.fivetype.api.Problem;
import org.fivetype.records.RecordKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad rows are reported with their file, row and column; nothing is dropped silently. */
class MalformedRecordsTest {
  static final List<String> UNITS = List.of("tianshan", "xinshi");

  @TempDir
  Path dir;

  private static List<Problem> problems(Runnable r) {
    try {
      r.run();
    } catch (InvalidInputException e) {
      return e.problems();
    }
    throw new AssertionError("no InvalidInputException");
  }

  @Test
  void everyBadRowIsNamedByFileRowAndColumn() throws Exception {
    SparkSession spark = LocalSpark.session();
    Path csv = dir.resolve("ballots.csv");
    Files.writeString(csv, String.join("\n",
        "unit_id,rater_group,item,answer,rater_id",      // row 1
        "tianshan,citizens,overall,满意,r1",              // 2 fine
        "tianshan,citizens,overall,很满意,r2",            // 3 not an answer
        "atlantis,citizens,overall,满意,r3",              // 4 not an assessed unit
        "xinshi,aliens,overall,不满意,r4",                // 5 not a configured group
        "xinshi,citizens,overall,满意,r5,surplus",        // 6 a cell too many
        ",citizens,overall,,r6",                          // 7 no unit, no answer
        "xinshi,citizens,overall,satisfied,r7") + "\n", StandardCharsets.UTF_8);
    String f = csv.toString();
    List<Problem> p = problems(() -> SparkRecords.aggregate(SparkRecords.read(spark, RecordKind.BALLOTS, "csv", f),
        AggregatorFactory.defaults(RecordKind.BALLOTS), UNITS));
    assertThat(p).extracting(Problem::where).containsExactly(
        f + ":3:answer", f + ":4:unit_id", f + ":5:rater_group", f + ":6", f + ":7:answer", f + ":7:unit_id");
    assertThat(p.get(0).message()).contains("'很满意' is not an answer");
    assertThat(p.get(1).message()).contains("unknown unit 'atlantis'");
    assertThat(p.get(2).message()).contains("'aliens' is not a configured rater group");
    assertThat(p.get(3).message()).contains("does not have the 5 cells");
    assertThat(p.get(4).message()).isEqualTo("a value is required");
  }

  @Test
  void theExceptionMessageNamesFileAndRow() throws Exception {
    SparkSession spark = LocalSpark.session();
    Path csv = dir.resolve("complaints.csv");
    Files.writeString(csv, "unit_id,status\ntianshan,查实\nxinshi,maybe\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SparkRecords.aggregate(SparkRecords.read(spark, RecordKind.COMPLAINTS, "csv",
            csv.toString()), AggregatorFactory.defaults(RecordKind.COMPLAINTS), UNITS))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("1 problem")
        .hasMessageContaining(csv + ":3:status");
  }

  @Test
  void headerProblemsOfEveryFileAreReportedBeforeAnyRowIsRead() throws Exception {
    SparkSession spark = LocalSpark.session();
    Path d = Files.createDirectories(dir.resolve("meetings"));
    Files.writeString(d.resolve("a.csv"), "unit_id,city_wide,duration_hours,city_leaders_spoke\nxinshi,no,2,1\n");
    Files.writeString(d.resolve("b.csv"), "unit_id,city_wide,duration_hours,city_leader_spoke\nxinshi,no,2,1\n");
    List<Problem> p = problems(() -> SparkRecords.read(spark, RecordKind.MEETINGS, "csv", d.toString()));
    String b = d.resolve("b.csv").toString();
    assertThat(p).extracting(Problem::where).containsExactly(b + ":1", b + ":1", b + ":1");
    assertThat(p.get(0).message()).startsWith("unknown column 'city_leader_spoke'");
    assertThat(p.get(1).message()).isEqualTo("required column 'city_leaders_spoke' is missing");
    assertThat(p.get(2).message()).contains("differs from");
  }

  @Test
  void aParquetSchemaIsCheckedLikeAHeader() {
    SparkSession spark = LocalSpark.session();
    String parquet = dir.resolve("complaints.parquet").toString();
    spark.sql("SELECT 'xinshi' AS unit_id, 'verified' AS state").write().parquet(parquet);
    List<Problem> p = problems(() -> SparkRecords.read(spark, RecordKind.COMPLAINTS, "parquet", parquet));
    assertThat(p).extracting(Problem::message).containsExactly(
        "unknown column 'state' for complaints; expected [complaint_id, unit_id, status, severity]",
        "required column 'status' is missing");
    assertThat(p.get(0).where()).endsWith(".parquet:schema").contains(parquet);
  }

  @Test
  void rowNumbersHoldAcrossSplitsAndFiles() throws Exception {
    SparkSession spark = LocalSpark.session();
    Path d = Files.createDirectories(dir.resolve("many"));
    // two files of 8,000 ballots (about 300 KB each), each read in splits of 64 KB; bad rows at known lines
    List<String> bad = new ArrayList<>();
    for (String name : List.of("a.csv", "b.csv")) {
      StringBuilder sb = new StringBuilder("unit_id,rater_group,item,answer,rater_id\n");
      for (int row = 2; row <= 8_001; row++) {
        boolean wrong = row == 2 || row == 4_321 || row == 8_001 || (name.equals("b.csv") && row == 6_000);
        sb.append(row % 2 == 0 ? "tianshan" : "xinshi").append(",citizens,overall,")
            .append(wrong ? "perhaps" : "满意").append(",r").append(row).append('\n');
        if (wrong) {
          bad.add(d.resolve(name) + ":" + row + ":answer");
        }
      }
      Files.writeString(d.resolve(name), sb.toString(), StandardCharsets.UTF_8);
    }
    String before = spark.conf().get("spark.sql.files.maxPartitionBytes");
    spark.conf().set("spark.sql.files.maxPartitionBytes", "65536");
    try {
      var rows = SparkRecords.read(spark, RecordKind.BALLOTS, "csv", d.toString());
      assertThat(rows.javaRDD().getNumPartitions()).isGreaterThanOrEqualTo(8);
      List<Problem> p = problems(() -> SparkRecords.aggregate(rows, AggregatorFactory.defaults(RecordKind.BALLOTS),
          UNITS));
      assertThat(p).extracting(Problem::where).containsExactlyElementsOf(bad);
    } finally {
      spark.conf().set("spark.sql.files.maxPartitionBytes", before);
    }
  }
}
