-- fivetype history store, schema version 1 (portable: H2 2.x and PostgreSQL 12+).
-- One row per stored year; its units, reasons, pillar points and flags hang off it.
-- A year is replaced in one transaction (delete its rows, insert the new ones).

CREATE TABLE ft_year (
  assessment_year      INTEGER      NOT NULL PRIMARY KEY,
  rule_set_id          VARCHAR(64)  NOT NULL,
  rule_set_fingerprint CHAR(64)     NOT NULL,
  input_fingerprint    CHAR(64)     NOT NULL,
  unit_count           INTEGER      NOT NULL
);

CREATE TABLE ft_unit_year (
  assessment_year INTEGER          NOT NULL REFERENCES ft_year (assessment_year),
  unit_id         VARCHAR(64)      NOT NULL,
  name_zh         VARCHAR(2000)    NOT NULL,
  name_en         VARCHAR(2000)    NOT NULL,
  kind            VARCHAR(32)      NOT NULL,
  category        VARCHAR(2000)    NOT NULL,
  total           DOUBLE PRECISION NOT NULL,
  max_total       DOUBLE PRECISION NOT NULL,
  tier            VARCHAR(16)      NOT NULL,
  unit_rank       INTEGER          NOT NULL,
  category_size   INTEGER          NOT NULL,
  PRIMARY KEY (assessment_year, unit_id)
);

CREATE TABLE ft_reason (
  assessment_year INTEGER        NOT NULL,
  unit_id         VARCHAR(64)    NOT NULL,
  seq             INTEGER        NOT NULL,
  step            VARCHAR(64)    NOT NULL,
  tier            VARCHAR(16)    NOT NULL,
  text_zh         VARCHAR(20000) NOT NULL,
  text_en         VARCHAR(20000) NOT NULL,
  PRIMARY KEY (assessment_year, unit_id, seq),
  FOREIGN KEY (assessment_year, unit_id) REFERENCES ft_unit_year (assessment_year, unit_id)
);

CREATE TABLE ft_pillar (
  assessment_year INTEGER          NOT NULL,
  unit_id         VARCHAR(64)      NOT NULL,
  seq             INTEGER          NOT NULL,
  pillar_id       VARCHAR(32)      NOT NULL,
  name_zh         VARCHAR(2000)    NOT NULL,
  name_en         VARCHAR(2000)    NOT NULL,
  points          DOUBLE PRECISION NOT NULL,
  max_points      DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (assessment_year, unit_id, seq),
  FOREIGN KEY (assessment_year, unit_id) REFERENCES ft_unit_year (assessment_year, unit_id)
);

-- kind: VETO (一票否决), HARD (硬指标未达标), MISSING (缺少佐证)
CREATE TABLE ft_flag (
  assessment_year INTEGER     NOT NULL,
  unit_id         VARCHAR(64) NOT NULL,
  kind            VARCHAR(16) NOT NULL,
  seq             INTEGER     NOT NULL,
  indicator_id    VARCHAR(64) NOT NULL,
  PRIMARY KEY (assessment_year, unit_id, kind, seq),
  FOREIGN KEY (assessment_year, unit_id) REFERENCES ft_unit_year (assessment_year, unit_id)
);
