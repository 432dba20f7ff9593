import CSpawn
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs PostgreSQL's server programs (`initdb`, `pg_ctl`, `pg_basebackup`) for a throwaway cluster: as the
/// `postgres` OS user when we are root (they refuse to run as root, and CI runs as root), with no descriptor of ours
/// but a log file, so a server they start holds none of the test runner's pipes open.
public enum PostgresTool {
    /// The folder of the newest server installed (Debian keeps each major version in its own), else PATH's.
    public static func binary(_ name: String) throws -> String {
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).compactMap(Int.init).sorted()
        for version in versions.reversed() {
            let path = "\(root)/\(version)/bin/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let path = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        throw PostgresClusterError("\(name) not found: install the PostgreSQL server (apt-get install postgresql)")
    }

    /// Whether the programs run as another user, who must then own the cluster's folder.
    public static var switchesUser: Bool { geteuid() == 0 }

    /// The `postgres` OS user's ids, when we are root.
    public static func serverUser() throws -> (uid: uid_t, gid: gid_t) {
        guard let entry = getpwnam("postgres") else {
            throw PostgresClusterError("no OS user 'postgres' to run the server as (installing postgresql creates it)")
        }
        return (entry.pointee.pw_uid, entry.pointee.pw_gid)
    }

    /// Runs `name` with `arguments` to its end, output appended to `log`; throws with the log's end unless it exits 0.
    /// - Parameter asServerUser: run as `postgres` when root (the server programs); false for clients such as psql.
    public static func run(_ name: String, _ arguments: [String], log: String, asServerUser: Bool = true) throws {
        let pid = try spawn([try binary(name)] + arguments, log: log, asServerUser: asServerUser)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        guard code == 0 else {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            throw PostgresClusterError("\(name) failed (status \(code)): \(text.suffix(800))")
        }
    }

    /// Starts `command` with stdin from /dev/null and stdout and stderr appended to `log`, and returns its PID.
    static func spawn(_ command: [String], log: String, asServerUser: Bool) throws -> pid_t {
        let switching = asServerUser && switchesUser
        let command = switching ? ["/usr/bin/setpriv", "--reuid=postgres", "--regid=postgres", "--clear-groups", "--"] + command : command
        let logFD = open(log, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard logFD >= 0 else { throw PostgresClusterError("cannot open \(log): \(String(cString: strerror(errno)))") }
        defer { close(logFD) }
        if switching, log != "/dev/null", let user = try? serverUser() { _ = fchown(logFD, user.uid, user.gid) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, logFD, 1)
        posix_spawn_file_actions_adddup2(&actions, logFD, 2)
        posix_spawn_file_actions_addclosefrom_np(&actions, 3)
        // Not the test runner's environment: PG* variables there would point the tools at another server.
        let environment = ["PATH=/usr/bin:/bin", "LANG=C.UTF-8", "LC_ALL=C.UTF-8", "TZ=UTC"]
        var pid: pid_t = 0
        let argv = command.map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { for p in argv + envp { free(p) } }
        let spawned = posix_spawn(&pid, command[0], &actions, nil, argv, envp)
        guard spawned == 0 else { throw PostgresClusterError("cannot run \(command[0]): \(String(cString: strerror(spawned)))") }
        return pid
    }
}
