/// One store engine behind the store: transactions that hand the store's queries a `SQLConnection`. SQLite (the
/// embedded default, one file) and PostgreSQL (a group's shared server) each provide one; everything above speaks
/// to the store, never to an engine.
protocol StoreBackend: Sendable {
    var dialect: SQLDialect { get }

    /// Runs `body` in a read-only transaction that sees one state of the store throughout.
    func read<T>(_ body: (any SQLConnection) throws -> T) throws -> T

    /// Runs `body` in a write transaction, committed when it returns and rolled back when it throws. Writes of one
    /// process run one at a time.
    func write<T>(_ body: (any SQLConnection) throws -> T) throws -> T
}
