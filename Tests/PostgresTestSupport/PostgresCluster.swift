import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// A real PostgreSQL server of our own for tests and the benchmark: `initdb` into a temporary folder (as the
/// `postgres` OS user when root), `fsync` off, listening on a free loopback port only, started with `pg_ctl` and
/// stopped by its PID. One is shared by the whole test run (`shared()`): starting one costs about two seconds, a
/// fresh database in it a tenth of that.
///
/// Its collation is ICU's root locale, which orders `a` before `B`: a store query that sorts text without the
/// schema's byte order (`COLLATE "C"`, SQLite's) orders differently here, and the tests comparing the two engines'
/// output see it.
public final class PostgresCluster: Sendable {
    /// The cluster's folder: `data/`, the server log and its Unix socket.
    public let directory: String
    public let port: Int
    /// The postmaster's PID, read from `postmaster.pid` once it is up.
    public let pid: pid_t
    public static let host = "127.0.0.1"
    public static let superuser = "postgres"
    /// A server that has not answered by then will not: its log says why.
    static let startSeconds = 60
    /// Fast shutdown takes milliseconds with fsync off; past this the server is killed.
    static let stopSeconds = 10.0
    /// Ports are picked free and then bound by the server a moment later; another process may take one in between.
    static let startAttempts = 3
    /// The settings that make a disposable cluster fast and private; every other setting is initdb's.
    static let settings = [
        "listen_addresses = '\(host)'",
        "fsync = off", "synchronous_commit = off", "full_page_writes = off",
        // Collector tests run several processes, each with a writer, a reader and a listener.
        "max_connections = 200",
    ]

    private init(directory: String, port: Int, pid: pid_t) {
        self.directory = directory
        self.port = port
        self.pid = pid
    }

    public var dataDirectory: String { directory + "/data" }
    public var logFile: String { directory + "/server.log" }

    /// A libpq URL for `database` as `user` (trusted on loopback, so no password).
    public func url(_ database: String = "postgres", user: String = superuser) -> String {
        "postgresql://\(user)@\(Self.host):\(port)/\(database)?sslmode=disable"
    }

    // MARK: The shared cluster

    private static let sharedCluster = Mutex<PostgresCluster?>(nil)

    /// The cluster every test of this run uses, started on first use and stopped when the process exits.
    public static func shared() throws -> PostgresCluster {
        try sharedCluster.withLock { cluster in
            if let cluster { return cluster }
            let started = try start(label: "shared")
            cluster = started
            atexit { PostgresCluster.stopShared() }
            return started
        }
    }

    private static func stopShared() {
        sharedCluster.withLock { cluster in
            cluster?.stop()
            cluster = nil
        }
    }

    // MARK: Starting and stopping

    /// Makes a new cluster and starts it.
    public static func start(label: String) throws -> PostgresCluster {
        let directory = try makeDirectory(label)
        let log = directory + "/setup.log"
        try PostgresTool.run("initdb", [
            "-D", directory + "/data", "-U", superuser, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8",
            "--locale-provider=icu", "--icu-locale=und", "--no-sync", "--no-instructions",
        ], log: log)
        try append(settings + ["unix_socket_directories = '\(directory)'"], to: directory + "/data/postgresql.conf")
        return try startServer(in: directory)
    }

    /// A streaming replica of this cluster, in hot standby (read-only, replaying the primary's WAL as it comes):
    /// `pg_basebackup -R` writes the connection back to the primary into its settings.
    public func standby() throws -> PostgresCluster {
        let directory = try Self.makeDirectory("standby")
        try PostgresTool.run("pg_basebackup", [
            "-D", directory + "/data", "-h", Self.host, "-p", String(port), "-U", Self.superuser,
            "-R", "-X", "stream", "--checkpoint=fast", "--no-sync",
        ], log: directory + "/setup.log")
        try Self.append(["unix_socket_directories = '\(directory)'"], to: directory + "/data/postgresql.conf")
        return try Self.startServer(in: directory)
    }

    private static func startServer(in directory: String) throws -> PostgresCluster {
        var lastError: (any Error)?
        for _ in 0..<startAttempts {
            let port = try freePort()
            // Later lines win: a standby's copy of the primary's settings gets a port of its own.
            try append(["port = \(port)"], to: directory + "/data/postgresql.conf")
            do {
                try PostgresTool.run("pg_ctl", ["start", "-w", "-t", String(startSeconds), "-D", directory + "/data",
                                                "-l", directory + "/server.log"], log: directory + "/setup.log")
            } catch {
                lastError = error
                continue
            }
            let pidText = try String(contentsOfFile: directory + "/data/postmaster.pid", encoding: .utf8)
            guard let pid = pidText.split(separator: "\n").first.flatMap({ pid_t($0) }) else {
                throw PostgresClusterError("no PID in \(directory)/data/postmaster.pid")
            }
            let cluster = PostgresCluster(directory: directory, port: port, pid: pid)
            try cluster.watchForExit()
            return cluster
        }
        throw lastError ?? PostgresClusterError("the server did not start")
    }

    /// Stops the server by its PID (fast shutdown: clients are cut off, nothing needs saving) and removes its
    /// folder.
    public func stop() {
        kill(pid, SIGINT)
        let deadline = Date().addingTimeInterval(Self.stopSeconds)
        // The postmaster removes its PID file as the last thing it does; it is not our child, so it cannot be waited on.
        while FileManager.default.fileExists(atPath: dataDirectory + "/postmaster.pid") && Date() < deadline {
            usleep(20_000)
        }
        if FileManager.default.fileExists(atPath: dataDirectory + "/postmaster.pid") { kill(pid, SIGKILL) }
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Should the test process die without running its exit handlers (a crash, `kill -9`), a small shell stops the
    /// server and removes its folder: it waits for this process to go, then ends itself.
    private func watchForExit() throws {
        let script = """
            while kill -0 "$1" 2>/dev/null; do sleep 1; done
            if [ -e "$3/data/postmaster.pid" ]; then kill -INT "$2" 2>/dev/null; sleep 3; kill -KILL "$2" 2>/dev/null; fi
            rm -rf "$3"
            """
        _ = try PostgresTool.spawn(["/usr/bin/setsid", "/bin/sh", "-c", script, "sh", String(getpid()), String(pid), directory],
                                   log: "/dev/null", asServerUser: false)
    }

    // MARK: Databases

    private static let databaseCounter = Atomic<Int>(0)

    /// A new, empty database for one test, dropped when the value is released.
    public func freshDatabase(_ label: String) throws -> PostgresTestDatabase {
        let name = "\(label.lowercased().filter { $0.isLetter || $0.isNumber })_\(getpid())_\(Self.databaseCounter.add(1, ordering: .relaxed).newValue)"
        try superuserScript("CREATE DATABASE \(name)")
        return PostgresTestDatabase(cluster: self, name: name)
    }

    /// Runs SQL as the superuser in `database`, with psql: setting up must not rest on the client under test.
    public func superuserScript(_ sql: String, database: String = "postgres") throws {
        let log = directory + "/psql-\(getpid())-\(UUID().uuidString.prefix(8)).log"
        defer { try? FileManager.default.removeItem(atPath: log) }
        try PostgresTool.run("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", Self.host, "-p", String(port), "-U", Self.superuser,
                                      "-d", database, "-c", sql], log: log, asServerUser: false)
    }

    // MARK: Setup

    private static func makeDirectory(_ label: String) throws -> String {
        // Under /tmp whatever TMPDIR says: the postgres user must be able to reach it, and a socket path has a
        // length limit of about 100 bytes.
        var template = Array("/tmp/onescreen-pg-\(label)-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw PostgresClusterError("cannot make a folder under /tmp: \(String(cString: strerror(errno)))") }
        let directory = String(cString: made)
        if PostgresTool.switchesUser {
            let user = try PostgresTool.serverUser()
            guard chown(directory, user.uid, user.gid) == 0 else {
                throw PostgresClusterError("cannot give \(directory) to postgres: \(String(cString: strerror(errno)))")
            }
        }
        return directory
    }

    private static func append(_ lines: [String], to file: String) throws {
        guard let handle = FileHandle(forWritingAtPath: file) else { throw PostgresClusterError("cannot write \(file)") }
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(("\n" + lines.joined(separator: "\n") + "\n").utf8))
    }

    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw PostgresClusterError("socket: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr(host)
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw PostgresClusterError("no free port: \(String(cString: strerror(errno)))") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
