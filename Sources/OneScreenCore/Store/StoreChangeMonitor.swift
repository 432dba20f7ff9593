import GRDB

/// Tells a viewer whether anything was committed to the store since it last asked, so it reads a new snapshot only
/// when there is something new (plus its own clock ticks).
///
/// SQLite's `data_version` moves when *another* connection commits, so the monitor keeps a connection of its own
/// that never writes: every commit, by this process's writer or any other process, then counts.
public final class StoreChangeMonitor: @unchecked Sendable {
    // @unchecked: the queue serialises all access to its connection, and `last` is touched only by the owner's loop.
    private let connection: DatabaseQueue
    private var last: Int64?

    public init(store: Store) throws {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(Store.busyTimeoutSeconds)
        connection = try DatabaseQueue(path: Store.connectionPath(store.path, readOnly: store.isReadOnly), configuration: config)
    }

    /// True the first time and whenever a commit happened since the previous call.
    public func hasChanged() throws -> Bool {
        let version = try connection.read { db in try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
        defer { last = version }
        return version != last
    }
}
