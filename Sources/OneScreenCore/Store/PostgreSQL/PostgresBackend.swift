import Foundation

/// The PostgreSQL store engine: one writing connection, as SQLite has one writer, and a few reading ones kept
/// open between reads, each opened on first need. A kept connection found cut when a transaction begins (the
/// server restarted, a standby was promoted, the network dropped) is replaced there and then, so a viewer and a
/// collector carry on by themselves once the server is back; one cut in the middle of a transaction fails it.
final class PostgresBackend: StoreBackend, @unchecked Sendable {
    // @unchecked: `writer` is touched only under `writing`, `idleReaders` only under `pooling`.
    let url: PostgresURL
    private let writing = NSLock()
    private var writer: PostgresConnection?
    private let pooling = NSLock()
    private var idleReaders: [PostgresConnection] = []
    private let onNotice: (@Sendable (String) -> Void)?

    /// Readers kept open when idle: a dashboard reads one snapshot at a time, a server a few at once; more than
    /// this are opened as needed and closed after.
    static let idleReaderLimit = 4

    var dialect: SQLDialect { .postgres }

    init(url: PostgresURL, onNotice: (@Sendable (String) -> Void)? = nil) {
        self.url = url
        self.onNotice = onNotice
    }

    func read<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        var connection = pooling.withLock { idleReaders.popLast() }
        defer {
            if let connection, !connection.isBroken {
                pooling.withLock { if idleReaders.count < Self.idleReaderLimit { idleReaders.append(connection) } }
            }
        }
        let reading = try begin(.snapshot, on: &connection, context: "reading the store")
        return try reading.finish(context: "reading the store") { try body(reading) }
    }

    func write<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        try writing.withLock {
            let connection = try begin(.write, on: &writer, context: "writing the store")
            return try connection.finish(context: "writing the store") { try body(connection) }
        }
    }

    /// Begins a transaction on `held`, opening a connection when there is none, and a new one when the kept one
    /// turns out to be cut: nothing has run yet, so starting over loses nothing.
    private func begin(_ kind: PostgresTransactionKind, on held: inout PostgresConnection?, context: String) throws -> PostgresConnection {
        if let kept = held, !kept.isBroken {
            do {
                try kept.begin(kind, context: context)
                return kept
            } catch where kept.isBroken {}
        }
        let fresh = try PostgresConnection(url, onNotice: onNotice)
        held = fresh
        try fresh.begin(kind, context: context)
        return fresh
    }

    /// Runs `body` with the writing connection outside any transaction, for what manages its own (COPY batches
    /// whose partitions are made first, migrations, retention's day drops).
    func withWriter<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        try writing.withLock {
            if writer?.isBroken ?? true { writer = try PostgresConnection(url, onNotice: onNotice) }
            // A cut that this meets fails it; the next caller gets a new connection.
            return try body(writer!)
        }
    }
}
