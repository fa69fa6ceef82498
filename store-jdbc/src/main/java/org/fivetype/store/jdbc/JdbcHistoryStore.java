package org.fivetype.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fivetype.api.IndicatorId;
import org.fivetype.api.Label;
import org.fivetype.api.Pillar;
import org.fivetype.api.Reason;
import org.fivetype.api.Tier;
import org.fivetype.api.Unit;
import org.fivetype.api.UnitKind;
import org.fivetype.spi.HistoryStore;
import org.fivetype.spi.PillarRecord;
import org.fivetype.spi.UnitRecord;
import org.fivetype.spi.YearRecord;
import org.jspecify.annotations.Nullable;

/**
 * The JDBC history store: one connection per operation, each write one transaction. A year is
 * replaced by first updating its {@code ft_year} row — which locks it, so writers of the same
 * year queue behind each other — or inserting it, then deleting the year's other rows and
 * inserting the new ones. A write that still collides with another writer of the same year (two
 * first writes of a year at once: unique violation; serialisation failure, deadlock, lock
 * time-out), or whose connection an H2 file's serving process closed under it, is rolled back
 * and tried again on a new connection, up to {@link #ATTEMPTS} times.
 */
final class JdbcHistoryStore implements HistoryStore {

  static final int ATTEMPTS = 5;

  private static final String[] CHILD_TABLES = {"ft_flag", "ft_pillar", "ft_reason", "ft_unit_year"};

  private final Connections connections;
  /** Held open while the store is (H2 file databases: keeps the database open between operations). */
  private final @Nullable Connection keeper;

  JdbcHistoryStore(Connections connections, @Nullable Connection keeper) {
    this.connections = connections;
    this.keeper = keeper;
  }

  @Override
  public void put(YearRecord year) {
    SQLException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try (Connection c = connections.open()) {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
          header(c, year);
          deleteRows(c, year.year());
          insert(c, year);
          c.commit();
          return;
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          throw e;
        } finally {
          c.setAutoCommit(autoCommit); // a pooled connection goes back as it came
        }
      } catch (SQLException e) {
        last = e;
        if (!retryable(e)) {
          break;
        }
        sleepBeforeRetry(attempt);
      }
    }
    throw new HistoryStoreException(connections.describe() + ": could not store year " + year.year(), last);
  }

  private static boolean retryable(SQLException e) {
    for (SQLException x = e; x != null; x = x.getNextException()) {
      String state = x.getSQLState();
      // 23: integrity (a concurrent writer inserted the same year first); 40: serialisation
      // failure or deadlock; HYT00: H2 lock time-out
      if (state != null && (state.startsWith("23") || state.startsWith("40") || state.equals("HYT00"))) {
        return true;
      }
    }
    // an H2 file whose serving process closed it under this connection (90121, 90067, …): the
    // transaction was rolled back with the connection; a new connection waits the file out
    // (Connections.open) and the write is done again whole
    return HistoryStores.transientOpenFailure(e);
  }

  private static void sleepBeforeRetry(int attempt) {
    try {
      Thread.sleep(20L * attempt);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
    }
  }

  /** Updates the year's row (taking its lock) or, if there is none, inserts it. */
  private static void header(Connection c, YearRecord y) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE ft_year SET rule_set_id = ?, rule_set_fingerprint = ?, "
        + "input_fingerprint = ?, unit_count = ? WHERE assessment_year = ?")) {
      ps.setString(1, y.ruleSetId());
      ps.setString(2, y.ruleSetFingerprint());
      ps.setString(3, y.inputFingerprint());
      ps.setInt(4, y.units().size());
      ps.setInt(5, y.year());
      if (ps.executeUpdate() == 1) {
        return;
      }
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO ft_year (assessment_year, rule_set_id, "
        + "rule_set_fingerprint, input_fingerprint, unit_count) VALUES (?, ?, ?, ?, ?)")) {
      ps.setInt(1, y.year());
      ps.setString(2, y.ruleSetId());
      ps.setString(3, y.ruleSetFingerprint());
      ps.setString(4, y.inputFingerprint());
      ps.setInt(5, y.units().size());
      ps.executeUpdate();
    }
  }

  /** Deletes a year's unit rows (and what hangs off them), not its {@code ft_year} row. */
  private static void deleteRows(Connection c, int year) throws SQLException {
    for (String table : CHILD_TABLES) {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE assessment_year = ?")) {
        ps.setInt(1, year);
        ps.executeUpdate();
      }
    }
  }

  private static int delete(Connection c, int year) throws SQLException {
    deleteRows(c, year);
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM ft_year WHERE assessment_year = ?")) {
      ps.setInt(1, year);
      return ps.executeUpdate();
    }
  }

  private static void insert(Connection c, YearRecord y) throws SQLException {
    int year = y.year();
    try (PreparedStatement units = c.prepareStatement("INSERT INTO ft_unit_year (assessment_year, unit_id, name_zh, "
            + "name_en, kind, category, total, max_total, tier, unit_rank, category_size) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement reasons = c.prepareStatement("INSERT INTO ft_reason (assessment_year, unit_id, seq, step, "
            + "tier, text_zh, text_en) VALUES (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement pillars = c.prepareStatement("INSERT INTO ft_pillar (assessment_year, unit_id, seq, "
            + "pillar_id, name_zh, name_en, points, max_points) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement flags = c.prepareStatement("INSERT INTO ft_flag (assessment_year, unit_id, kind, seq, "
            + "indicator_id) VALUES (?, ?, ?, ?, ?)")) {
      for (UnitRecord u : y.units()) {
        units.setInt(1, year);
        units.setString(2, u.unitId());
        units.setString(3, u.name().zh());
        units.setString(4, u.name().en());
        units.setString(5, u.kind().name());
        units.setString(6, u.category());
        units.setDouble(7, u.total());
        units.setDouble(8, u.maxTotal());
        units.setString(9, u.tier().name());
        units.setInt(10, u.rank());
        units.setInt(11, u.categorySize());
        units.addBatch();
      }
      units.executeBatch();
      for (UnitRecord u : y.units()) {
        int seq = 0;
        for (Reason r : u.reasons()) {
          reasons.setInt(1, year);
          reasons.setString(2, u.unitId());
          reasons.setInt(3, seq++);
          reasons.setString(4, r.step());
          reasons.setString(5, r.tier().name());
          reasons.setString(6, r.text().zh());
          reasons.setString(7, r.text().en());
          reasons.addBatch();
        }
        seq = 0;
        for (PillarRecord p : u.pillars()) {
          pillars.setInt(1, year);
          pillars.setString(2, u.unitId());
          pillars.setInt(3, seq++);
          pillars.setString(4, p.pillar().id());
          pillars.setString(5, p.pillar().name().zh());
          pillars.setString(6, p.pillar().name().en());
          pillars.setDouble(7, p.points());
          pillars.setDouble(8, p.max());
          pillars.addBatch();
        }
        addFlags(flags, year, u.unitId(), "VETO", u.vetoes());
        addFlags(flags, year, u.unitId(), "HARD", u.failedHard());
        addFlags(flags, year, u.unitId(), "MISSING", u.missing());
      }
      reasons.executeBatch();
      pillars.executeBatch();
      flags.executeBatch();
    }
  }

  private static void addFlags(PreparedStatement ps, int year, String unit, String kind, List<IndicatorId> ids)
      throws SQLException {
    int seq = 0;
    for (IndicatorId id : ids) {
      ps.setInt(1, year);
      ps.setString(2, unit);
      ps.setString(3, kind);
      ps.setInt(4, seq++);
      ps.setString(5, id.value());
      ps.addBatch();
    }
  }

  @Override
  public Optional<YearRecord> get(int year) {
    try (Connection c = connections.open()) {
      // one snapshot for all the statements, so a concurrent replace is seen whole or not at all
      int isolation = c.getTransactionIsolation();
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try {
        Optional<YearRecord> y = read(c, year);
        c.commit();
        return y;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setTransactionIsolation(isolation);
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new HistoryStoreException(connections.describe() + ": could not read year " + year, e);
    }
  }

  @SuppressWarnings("NullAway.Init") // filled from one result row right after it is made
  private static final class Row {
    String id;
    Label name;
    UnitKind kind;
    String category;
    double total;
    double max;
    Tier tier;
    int rank;
    int size;
    final List<Reason> reasons = new ArrayList<>();
    final List<PillarRecord> pillars = new ArrayList<>();
    final Map<String, List<IndicatorId>> flags = new HashMap<>();
  }

  private static Optional<YearRecord> read(Connection c, int year) throws SQLException {
    String ruleSetId;
    String ruleSetFp;
    String inputFp;
    int count;
    try (PreparedStatement ps = c.prepareStatement("SELECT rule_set_id, rule_set_fingerprint, input_fingerprint, "
        + "unit_count FROM ft_year WHERE assessment_year = ?")) {
      ps.setInt(1, year);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        ruleSetId = rs.getString(1);
        ruleSetFp = rs.getString(2).trim();
        inputFp = rs.getString(3).trim();
        count = rs.getInt(4);
      }
    }
    Map<String, Row> rows = new HashMap<>();
    List<Row> order = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT unit_id, name_zh, name_en, kind, category, total, "
        + "max_total, tier, unit_rank, category_size FROM ft_unit_year WHERE assessment_year = ? ORDER BY unit_id")) {
      ps.setInt(1, year);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Row r = new Row();
          r.id = rs.getString(1);
          r.name = Label.of(rs.getString(2), rs.getString(3));
          r.kind = UnitKind.valueOf(rs.getString(4));
          r.category = rs.getString(5);
          r.total = rs.getDouble(6);
          r.max = rs.getDouble(7);
          r.tier = Tier.valueOf(rs.getString(8));
          r.rank = rs.getInt(9);
          r.size = rs.getInt(10);
          rows.put(r.id, r);
          order.add(r);
        }
      }
    }
    if (order.size() != count) {
      throw new SQLException("year " + year + " lists " + count + " units but " + order.size() + " are stored");
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT unit_id, step, tier, text_zh, text_en FROM ft_reason "
        + "WHERE assessment_year = ? ORDER BY unit_id, seq")) {
      ps.setInt(1, year);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          requireNonNull(rows.get(rs.getString(1))).reasons.add(new Reason(rs.getString(2), Tier.valueOf(rs.getString(3)),
              Label.of(rs.getString(4), rs.getString(5))));
        }
      }
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT unit_id, pillar_id, name_zh, name_en, points, max_points "
        + "FROM ft_pillar WHERE assessment_year = ? ORDER BY unit_id, seq")) {
      ps.setInt(1, year);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          requireNonNull(rows.get(rs.getString(1))).pillars.add(new PillarRecord(
              Pillar.of(rs.getString(2), Label.of(rs.getString(3), rs.getString(4))), rs.getDouble(5),
              rs.getDouble(6)));
        }
      }
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT unit_id, kind, indicator_id FROM ft_flag "
        + "WHERE assessment_year = ? ORDER BY unit_id, kind, seq")) {
      ps.setInt(1, year);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          requireNonNull(rows.get(rs.getString(1))).flags.computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
              .add(IndicatorId.of(rs.getString(3)));
        }
      }
    }
    List<UnitRecord> units = new ArrayList<>(order.size());
    for (Row r : order) {
      units.add(new UnitRecord(new Unit(r.id, r.name, r.kind, r.category), r.total, r.max, r.tier, r.reasons,
          r.pillars, r.rank, r.size, r.flags.getOrDefault("VETO", List.of()),
          r.flags.getOrDefault("HARD", List.of()), r.flags.getOrDefault("MISSING", List.of())));
    }
    return Optional.of(new YearRecord(year, ruleSetId, ruleSetFp, inputFp, units));
  }

  @Override
  public List<Integer> years() {
    try (Connection c = connections.open();
        PreparedStatement ps = c.prepareStatement("SELECT assessment_year FROM ft_year ORDER BY assessment_year");
        ResultSet rs = ps.executeQuery()) {
      List<Integer> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getInt(1));
      }
      return List.copyOf(out);
    } catch (SQLException e) {
      throw new HistoryStoreException(connections.describe() + ": could not list the stored years", e);
    }
  }

  @Override
  public boolean delete(int year) {
    try (Connection c = connections.open()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        boolean was = delete(c, year) > 0;
        c.commit();
        return was;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new HistoryStoreException(connections.describe() + ": could not delete year " + year, e);
    }
  }

  @Override
  public void close() {
    if (keeper != null) {
      try {
        keeper.close();
      } catch (SQLException e) {
        throw new HistoryStoreException(connections.describe() + ": could not close", e);
      }
    }
  }

  @Override
  public String toString() {
    return "HistoryStore[" + connections.describe() + "]";
  }
}
