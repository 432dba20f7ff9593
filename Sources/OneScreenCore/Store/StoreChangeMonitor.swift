import Foundation
import GRDB

/// Tells a viewer whether anything was committed to the store since it last asked, so it reads a new snapshot only
/// when there is something new (plus its own clock ticks).
///
/// SQLite's `data_version` moves when *another* connection commits, so the monitor keeps a connection of its own
/// that never writes: every commit, by this process's writer or any other process, then counts. Asking costs a
/// query, so on Linux the monitor first watches the store's folder with inotify: a commit writes the `-wal` file
/// (a checkpoint the main file), `descriptor` turns readable, and only then is `data_version` asked to confirm. A
/// loop sleeps in poll() on the descriptor instead of asking on a timer.
public final class StoreChangeMonitor: @unchecked Sendable {
    // @unchecked: the queue serialises all access to its connection, and the rest is touched only by the owner's loop.
    private let connection: DatabaseQueue
    private var last: Int64?
    private let watch: StoreFileWatch?

    public init(store: Store) throws {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(Store.busyTimeoutSeconds)
        // It reads one pragma: no page cache worth the name.
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = -\(Store.readerCacheKiB)") }
        connection = try DatabaseQueue(path: Store.connectionPath(store.path, readOnly: store.isReadOnly), configuration: config)
        watch = StoreFileWatch(path: store.path)
    }

    /// Readable when the store's files were written since the last `hasChanged`; nil where there is no file
    /// watch (not Linux, or no inotify watch left), and changes can only be asked for.
    public var descriptor: Int32? { watch?.descriptor }

    /// When to ask again though the descriptor stays quiet: a commit writes its last frame to the `-wal` file just
    /// before it becomes visible (SQLite then updates the shared index, which inotify does not see), so a look in
    /// between finds writes and no commit yet. Nil when no writes await confirmation.
    public private(set) var recheckAt: ContinuousClock.Instant?
    /// Far longer than a commit takes from its last write to its index update (microseconds), short enough to
    /// stay well inside a frame.
    static let recheckMilliseconds = 30

    /// Milliseconds until `recheckAt` (0 when due), for a poll() timeout; nil when there is none.
    public var recheckMilliseconds: Int32? {
        recheckAt.map { at in
            let (seconds, attoseconds) = (at - ContinuousClock.now).components
            return Int32(clamping: max(0, seconds * 1000 + attoseconds / 1_000_000_000_000_000) + 1)
        }
    }

    /// True the first time and whenever a commit happened since the previous call.
    public func hasChanged() throws -> Bool {
        if let watch, last != nil {
            let wrote = watch.takeWrites()
            let due = recheckAt.map { ContinuousClock.now >= $0 } ?? false
            // Nothing written to the store's files: nothing committed, and no query needed.
            guard wrote || due else { return false }
            recheckAt = wrote ? ContinuousClock.now + .milliseconds(Self.recheckMilliseconds) : nil
        }
        let version = try connection.read { db in try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
        defer { last = version }
        return version != last
    }
}
