import GRDB

/// The SQLite store engine: GRDB's pool of one writer and many readers over the store file in WAL mode.
struct SQLiteBackend: StoreBackend {
    let pool: DatabasePool

    var dialect: SQLDialect { .sqlite }

    func read<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        try pool.read { try body($0) }
    }

    func write<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        try pool.write { try body($0) }
    }
}
