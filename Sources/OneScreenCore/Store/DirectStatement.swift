import GRDB
import GRDBSQLite

/// A statement run once per row of a write transaction, its values bound through SQLite's C API: building GRDB's
/// `StatementArguments` boxes every value into an array of existentials, which cost more than the insert itself
/// on a million-row ingest. Execution still goes through GRDB's `execute()`, which keeps GRDB's bookkeeping right
/// (aborted transactions, cancellation, observers, the statement cache after a failure).
///
/// Use: `reset()`, bind every parameter, `run()`.
struct DirectStatement {
    private let statement: Statement
    private let db: Database

    /// SQLite copies text bound this way, so the Swift string need not outlive the call.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    /// - Parameter placeholders: a value for each parameter, of any type: bound once through GRDB.
    init(_ db: Database, sql: String, placeholders: StatementArguments) throws {
        self.db = db
        statement = try db.makeStatement(sql: sql)
        // Arguments set once through GRDB mark the statement as bound: from then on `execute()` only resets it,
        // which keeps bindings, and steps, so it runs with whatever was bound last.
        try statement.setArguments(placeholders)
    }

    /// Makes the statement ready for new values: the last `run()` left it done, not reset.
    func reset() throws { try check(sqlite3_reset(statement.sqliteStatement)) }

    func bind(_ index: Int32, _ value: Int64) throws { try check(sqlite3_bind_int64(statement.sqliteStatement, index, value)) }

    func bind(_ index: Int32, _ value: Double) throws { try check(sqlite3_bind_double(statement.sqliteStatement, index, value)) }

    func bind(_ index: Int32, _ value: String?) throws {
        let s = statement.sqliteStatement
        if let value {
            try check(value.withCString { sqlite3_bind_text(s, index, $0, -1, Self.transient) })
        } else {
            try check(sqlite3_bind_null(s, index))
        }
    }

    /// Runs the statement with the values bound; whether it changed a row.
    func run() throws -> Bool {
        try statement.execute()
        // Asked of SQLite directly: GRDB's `changesCount` checks its dispatch queue first, a lookup per row.
        return sqlite3_changes(db.sqliteConnection) > 0
    }

    private func check(_ code: Int32) throws {
        guard code == SQLITE_OK else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: statement.sql)
        }
    }
}
