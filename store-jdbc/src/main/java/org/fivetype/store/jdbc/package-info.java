/**
 * The history store over JDBC: {@link org.fivetype.store.jdbc.HistoryStores#open} gives a
 * {@link org.fivetype.spi.HistoryStore} on an embedded H2 file (the default: a plain path), on
 * PostgreSQL, or on any data source; Flyway creates and migrates the schema. See
 * {@code docs/history.md} for the tables and the guarantees.
 */
@NullMarked
package org.fivetype.store.jdbc;

import org.jspecify.annotations.NullMarked;
