package org.fivetype.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The driver reads each CSV file's header line itself (RFC 4180 quoting). */
class CsvHeaderTest {

  @Test
  void plainQuotedAndEmptyCells() {
    assertThat(SparkRecords.parseCsvLine("unit_id,answer,rater_id")).containsExactly("unit_id", "answer", "rater_id");
    assertThat(SparkRecords.parseCsvLine("\"unit_id\",\"a,b\",\"say \"\"hi\"\"\",")).containsExactly(
        "unit_id", "a,b", "say \"hi\"", "");
    assertThat(SparkRecords.parseCsvLine("")).isEmpty();
  }

  @Test
  void aByteOrderMarkAndAWindowsLineEndAreNotPartOfTheNames() {
    assertThat(SparkRecords.parseCsvLine("\uFEFFunit_id,status\r")).isEqualTo(List.of("unit_id", "status"));
  }

  @Test
  void localFilesAreShownAsPaths() {
    assertThat(SparkRecords.display("file:/tmp/x/ballots.csv")).isEqualTo("/tmp/x/ballots.csv");
    assertThat(SparkRecords.display("hdfs://nn/records/b.csv")).isEqualTo("hdfs://nn/records/b.csv");
  }
}
