import GRDB
import GRDBSQLite

/// The reading insert of one write transaction, its values bound through SQLite's C API: building GRDB's
/// `StatementArguments` boxes every value into an array of existentials, which cost more than the insert itself
/// on a million-row ingest. Execution still goes through GRDB's `execute()`, which keeps GRDB's bookkeeping right
/// (aborted transactions, cancellation, observers, the statement cache after a failure).
struct ReadingInsert {
    private let statement: Statement
    private let db: Database

    /// SQLite copies text bound this way, so the Swift string need not outlive the call.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    init(_ db: Database) throws {
        self.db = db
        statement = try db.makeStatement(sql: """
            INSERT OR IGNORE INTO reading (series_id, time, value, lot, source_id) VALUES (?, ?, ?, ?, ?)
            """)
        // Arguments set once through GRDB mark the statement as bound: from then on `execute()` only resets it,
        // which keeps bindings, and steps, so it inserts whatever `run` bound last.
        try statement.setArguments([0, 0, 0.0, nil, 0])
    }

    /// Inserts one reading; false when a reading of the same series and time is already stored.
    func run(seriesID: Int64, time: Instant, value: Double, lot: String?, sourceID: Int64) throws -> Bool {
        let s = statement.sqliteStatement
        // Binding needs a reset statement; the last `execute()` left this one done, not reset.
        try check(sqlite3_reset(s))
        try check(sqlite3_bind_int64(s, 1, seriesID))
        try check(sqlite3_bind_int64(s, 2, time.millis))
        try check(sqlite3_bind_double(s, 3, value))
        if let lot {
            try check(lot.withCString { sqlite3_bind_text(s, 4, $0, -1, Self.transient) })
        } else {
            try check(sqlite3_bind_null(s, 4))
        }
        try check(sqlite3_bind_int64(s, 5, sourceID))
        try statement.execute()
        return db.changesCount > 0
    }

    private func check(_ code: Int32) throws {
        guard code == SQLITE_OK else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: statement.sql)
        }
    }
}
