import Foundation
import GRDB

/// The one SQLite file everything reads and writes: WAL mode so viewers read while the collector writes,
/// versioned migrations, and the only code that knows table names.
public final class Store: Sendable {
    public let path: String
    let pool: DatabasePool

    /// How long a writer waits for another process's write lock before giving up: longer than any one
    /// ingest batch takes, short enough that a stuck process is reported rather than waited on forever.
    static let busyTimeoutSeconds: TimeInterval = 10

    /// Page cache of the one writing connection, in KiB. Ingest arrives ordered by time across many series, so
    /// consecutive rows land on different series' last leaf pages: the working set is a page per series, and 500
    /// series fill SQLite's whole default cache of 2 MiB, so every insert read its page back from the WAL. 32 MiB
    /// keeps ~8,000 series hot and is only taken as pages are used. Readers keep the default: they read few pages.
    static let writerCacheKiB = 32 << 10

    /// Opens (creating if needed) the store at `path`, creating its directory, with file mode 0600 since it
    /// holds customer data, and migrates it to the current schema.
    public init(path: String) throws {
        self.path = path
        let dir = (path as NSString).deletingLastPathComponent
        if !dir.isEmpty { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        if !FileManager.default.fileExists(atPath: path) {
            // SQLite gives the -wal and -shm files the main file's mode, so creating it 0600 covers all three.
            let fd = open(path, O_CREAT | O_WRONLY | O_CLOEXEC, 0o600)
            guard fd >= 0 else { throw StoreError.cannotOpen(path, String(cString: strerror(errno))) }
            close(fd)
        }
        var config = Configuration()
        config.busyMode = .timeout(Store.busyTimeoutSeconds)
        config.prepareDatabase { db in
            // NORMAL is durable across process crashes in WAL mode; only a power cut can lose the last commits.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA cache_size = -\(Store.writerCacheKiB)") }
        }
        do {
            pool = try DatabasePool(path: path, configuration: config)
            try StoreSchema.migrator.migrate(pool)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path, error.message ?? "\(error)")
        }
    }
}

public enum StoreError: Error, CustomStringConvertible {
    case cannotOpen(String, String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let why): "cannot open store \(path): \(why)"
        }
    }
}
