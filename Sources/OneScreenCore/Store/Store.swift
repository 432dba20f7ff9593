import Foundation
import GRDB

/// The store everything reads and writes, and the only code that knows table names: a SQLite file (WAL mode so
/// viewers read while the collector writes, versioned migrations) or a PostgreSQL database (`PostgresSchema`).
public final class Store: Sendable {
    /// The file, or the database's URL without its password.
    public let path: String
    /// The engine every query written against `SQLConnection` runs on.
    let backend: any StoreBackend
    /// SQLite's pool, for what still speaks to SQLite only; nil on PostgreSQL.
    private let sqlitePool: DatabasePool?
    /// Opened read-only: this user may not write the file.
    public let isReadOnly: Bool
    /// Held open as long as a SQLite store is (see `StoreOpenLock`).
    private let openLock: StoreOpenLock?

    /// How long a writer waits for another process's write lock before giving up: longer than any one
    /// ingest batch takes, short enough that a stuck process is reported rather than waited on forever.
    static let busyTimeoutSeconds: TimeInterval = 10

    /// Page cache of the one writing connection, in KiB. Ingest arrives ordered by time across many series, so
    /// consecutive rows land on different series' last leaf pages: the working set is a page per series, and 500
    /// series fill SQLite's whole default cache of 2 MiB, so every insert read its page back from the WAL. 32 MiB
    /// keeps ~8,000 series hot and is only taken as pages are used. Readers keep the default: they read few pages.
    static let writerCacheKiB = 32 << 10

    /// Page cache of a connection that only reads, in KiB: a page's read walks indexes and rollups once, so a
    /// cache beyond its working set only holds memory; half SQLite's default of 2 MiB per connection (the pool
    /// opens one per concurrent reader, and a viewer's loop reads from one thread, so it has one).
    static let readerCacheKiB = 1024

    private init(path: String, backend: any StoreBackend, sqlitePool: DatabasePool?, isReadOnly: Bool, openLock: StoreOpenLock?) {
        self.path = path
        self.backend = backend
        self.sqlitePool = sqlitePool
        self.isReadOnly = isReadOnly
        self.openLock = openLock
    }

    /// Opens (creating if needed) the store at `path`, creating its directory, with file mode 0600 since it
    /// holds customer data, and migrates it to the current schema.
    /// - Parameter group: a group that may read the store as well: its files are then created 0640 with that group.
    public init(path: String, group: String? = nil) throws {
        self.path = path
        let dir = (path as NSString).deletingLastPathComponent
        if !dir.isEmpty { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        if !FileManager.default.fileExists(atPath: path) {
            // SQLite gives the -wal and -shm files the main file's mode, so creating it 0600 covers all three.
            let fd = open(path, O_CREAT | O_WRONLY | O_CLOEXEC, group == nil ? 0o600 : 0o640)
            guard fd >= 0 else { throw StoreError.cannotOpen(path, String(cString: strerror(errno))) }
            defer { close(fd) }
            if let group {
                guard let entry = getgrnam(group) else { throw StoreError.cannotOpen(path, "no group named \(group)") }
                guard fchown(fd, uid_t.max, entry.pointee.gr_gid) == 0 else {
                    throw StoreError.cannotOpen(path, "cannot give it to group \(group): \(String(cString: strerror(errno)))")
                }
            }
        }
        // Another user's store, or a read-only file system: opened read-only, so nothing tries to write (and fails
        // with "attempt to write a readonly database" where a person reads it).
        let readOnly = access(path, W_OK) != 0
        var config = Configuration()
        config.busyMode = .timeout(Store.busyTimeoutSeconds)
        config.readonly = readOnly
        config.prepareDatabase { db in
            // NORMAL is durable across process crashes in WAL mode; only a power cut can lose the last commits.
            if !db.configuration.readonly {
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                try db.execute(sql: "PRAGMA cache_size = -\(Store.writerCacheKiB)")
            } else {
                // A reader's pages stay in the kernel's page cache anyway; mapping the file would count all it touched
                // as the viewer's memory.
                try db.execute(sql: "PRAGMA cache_size = -\(Store.readerCacheKiB)")
                try db.execute(sql: "PRAGMA mmap_size = 0")
            }
        }
        isReadOnly = readOnly
        do {
            // Any number of processes may open a new store at once (a collector and a viewer started together):
            // one at a time creates or migrates the schema, and each reads the version again under the lock.
            let lock = try StoreOpenLock(path: path)
            openLock = lock
            defer { lock.release() }
            // The version is read on a read-only connection first: a newer version's store is not even opened for
            // writing (closing a writer may checkpoint into it).
            var probe = config
            probe.readonly = true
            let applied = try DatabaseQueue(path: Self.connectionPath(path, readOnly: true), configuration: probe).read { db in
                try StoreSchema.migrator.appliedIdentifiers(db)
            }
            let unknown = StoreSchema.knownIdentifiers.isEmpty ? [] : applied.subtracting(StoreSchema.knownIdentifiers)
            guard unknown.isEmpty else { throw StoreError.newerVersion(path, unknown.sorted()) }
            let pool = try DatabasePool(path: Self.connectionPath(path, readOnly: readOnly), configuration: config)
            if try !pool.read(StoreSchema.migrator.hasCompletedMigrations) {
                guard !readOnly else { throw StoreError.cannotOpen(path, "it needs upgrading to this version's schema, but is read-only for this user; open it once as its owner") }
                try StoreSchema.migrator.migrate(pool)
            }
            sqlitePool = pool
            backend = SQLiteBackend(pool: pool)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path, StoreError.brief(error))
        }
    }
}

extension Store {
    /// Opens the PostgreSQL store at `url`, which `onescreen migrate` made: its schema must be this version's.
    public convenience init(postgres url: PostgresURL) throws {
        let backend = PostgresBackend(url: url)
        try backend.withWriter { try PostgresMigrator.checkCurrent($0) }
        self.init(path: url.description, backend: backend, sqlitePool: nil, isReadOnly: false, openLock: nil)
    }

    /// The store `address` names: a SQLite file (created when new, see `init(path:group:)`) or a PostgreSQL database.
    public convenience init(_ address: StoreAddress, group: String? = nil) throws {
        switch address {
        case .sqlite(let path): try self.init(path: path, group: group)
        case .postgres(let url): try self.init(postgres: url)
        }
    }

    /// The SQLite pool, for what runs on SQLite only so far; on PostgreSQL that is said, not done.
    var pool: DatabasePool {
        get throws {
            guard let sqlitePool else { throw StoreError.notOnPostgres(path) }
            return sqlitePool
        }
    }

    /// What SQLite opens. A WAL store that this user may only read, and that no writer has open (no `-wal` file),
    /// cannot be opened read-only the usual way: SQLite would have to create its `-shm` file in a folder this user
    /// may not write. It is opened as immutable then: nothing is writing it, and nothing here will.
    static func connectionPath(_ path: String, readOnly: Bool) -> String {
        guard readOnly, !FileManager.default.fileExists(atPath: path + "-wal") else { return path }
        let escaped = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "?#"))) ?? path
        return "file:\(escaped)?immutable=1"
    }
}

public enum StoreError: Error, CustomStringConvertible {
    case cannotOpen(String, String)
    /// The store was written by a newer onescreen: used by this one, it could be damaged for that one.
    case newerVersion(String, [String])
    /// A write to a store this user may only read.
    case readOnly(String, String)
    /// Something the PostgreSQL store does not do yet.
    case notOnPostgres(String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let why): "cannot open store \(path): \(why)"
        case .newerVersion(let path, let migrations):
            "store \(path) was written by a newer onescreen (schema \(migrations.joined(separator: ", "))); use that version or a newer one, this one neither reads nor writes it"
        case .readOnly(let path, let what): "cannot \(what): the store \(path) is read-only for this user"
        case .notOnPostgres(let url): "the PostgreSQL store \(url) reads pages and snapshots; for this, use a SQLite store for now"
        }
    }

    /// SQLite's own words for what went wrong, without the statement it was running: a corrupt store must read
    /// as "database disk image is malformed", not as a page of SQL.
    static func brief(_ error: DatabaseError) -> String {
        let code = error.resultCode
        let message = error.message ?? "SQLite error \(code.rawValue)"
        switch code {
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return "\(message); restore it from a backup (or try `sqlite3 FILE .recover`)"
        default:
            return message
        }
    }

    /// A short description of any error for a person: store errors in brief, without SQL; others as they are.
    public static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return "store: " + brief(error) }
        return "\(error)"
    }
}
