import GRDB

/// Moves an existing SQLite store into a freshly migrated PostgreSQL one (`onescreen migrate --copy-from PATH`):
/// every table, row for row, ids kept, in one PostgreSQL transaction, so a copy that fails leaves the new store
/// empty to try again. The schemas match column for column, so the copy takes its column lists from PostgreSQL's
/// catalog and reads the same columns from SQLite; a column one side lacks stops it before anything is written.
public enum SQLiteToPostgresCopy {
    /// What went across: each table with its row count, in the order copied.
    public typealias Copied = [(table: String, rows: Int)]

    /// The tables, the audit included; the migration records and the lease stay each store's own.
    static let tables = ["source", "series", "reading", "reading_minute", "reading_hour", "standard", "lot", "lot_event",
                         "customer", "tag", "orders", "moment", "contract", "seal_use", "milestone", "marketing", "alert",
                         "silence", "source_health", "reject", "audit", "meta", "source_checkpoint"]

    /// Copies everything `store` holds into `db`, which must hold the current schema and no rows.
    /// - Parameter progress: told after each table.
    public static func copy(from store: Store, into db: PostgresConnection,
                            progress: (String, Int) -> Void = { _, _ in }) throws -> Copied {
        try PostgresMigrator.checkCurrent(db)
        return try db.transaction(context: "copying the SQLite store") {
            for table in tables where try db.fetchOne("SELECT EXISTS (SELECT FROM \(table))", context: "copying the SQLite store")?[0] == .integer(1) {
                throw PostgresError(context: "copying into \(db.url)", message: "table \(table) already holds rows",
                                    hint: "copy into a new database (createdb, then onescreen migrate)")
            }
            let days = try store.pool.read { sqlite in
                try Int64.fetchAll(sqlite, sql: "SELECT DISTINCT time / \(PostgresPartitions.dayMillis) - (time < 0 AND time % \(PostgresPartitions.dayMillis) != 0) FROM reading")
            }
            if !days.isEmpty {
                try db.execute("SELECT reading_partitions_ensure($1::bigint[])", [.text("{" + days.map(String.init).joined(separator: ",") + "}")],
                               context: "making reading partitions")
            }
            var copied: Copied = []
            for table in tables {
                let rows = try copyTable(table, from: store, into: db)
                copied.append((table, rows))
                progress(table, rows)
            }
            try resetIdentities(db)
            return copied
        }
    }

    private static func copyTable(_ table: String, from store: Store, into db: PostgresConnection) throws -> Int {
        let columns = try db.fetch("""
            SELECT column_name FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position
            """, [.text(table)], context: "copying table \(table)").compactMap { $0[0].string }
        let quoted = try columns.map { try db.quoteIdentifier($0) }.joined(separator: ", ")
        return try store.pool.read { sqlite in
            let sqliteColumns = Set(try sqlite.columns(in: table).map(\.name))
            if let missing = columns.first(where: { !sqliteColumns.contains($0) }) {
                throw PostgresError(context: "copying table \(table)", message: "the SQLite store has no column \(missing)",
                                    hint: "open the SQLite store with this onescreen first, which brings its schema up to date")
            }
            let cursor = try Row.fetchCursor(sqlite, sql: "SELECT \(quoted) FROM \(table)")
            return try db.copyIn("COPY \(table) (\(quoted)) FROM STDIN", context: "copying table \(table)") { rows in
                while let row = try cursor.next() {
                    for i in 0..<row.count { rows.add(Database.value(row[i] as DatabaseValue)) }
                    try rows.endRow()
                }
            }
        }
    }

    /// Identity columns continue after the ids copied, as SQLite's would.
    private static func resetIdentities(_ db: PostgresConnection) throws {
        for row in try db.fetch("""
            SELECT table_name, column_name FROM information_schema.columns
            WHERE table_schema = current_schema() AND is_identity = 'YES'
            """, context: "continuing ids after the copy") {
            guard let table = row[0].string, let column = row[1].string else { continue }
            let t = try db.quoteIdentifier(table), c = try db.quoteIdentifier(column)
            try db.execute("SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT max(\(c)) FROM \(t)), 0) + 1, false)",
                           [.text(table), .text(column)], context: "continuing ids of \(table)")
        }
    }
}
