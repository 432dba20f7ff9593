import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A real `mosquitto` broker of a test's own: a loopback port nobody else uses, anonymous access, persistence in its
/// folder (so a restart on the same port brings back persistent sessions and the messages queued for them), and a
/// `$SYS` heartbeat every second. Started as a child and stopped by its PID, never by name.
public final class MosquittoBroker: @unchecked Sendable {
    public static let host = "127.0.0.1"
    public static let executable = "/usr/sbin/mosquitto"
    /// How long a start may take on a loaded machine before it counts as failed.
    static let startSeconds = 30.0
    /// A port found free may be taken by someone else before the broker binds it: a few tries with new ones.
    static let startAttempts = 5

    public let port: Int
    public let directory: String
    private var pid: pid_t?

    /// Whether the `mosquitto` broker and clients are installed (`.ci/run` installs them).
    public static var isInstalled: Bool {
        FileManager.default.isExecutableFile(atPath: executable) && FileManager.default.isExecutableFile(atPath: "/usr/bin/mosquitto_pub")
    }

    /// Starts a broker with its files in `directory`.
    public static func start(in directory: String) throws -> MosquittoBroker {
        var lastError: (any Error)?
        for _ in 0..<startAttempts {
            let broker = MosquittoBroker(port: try freePort(), directory: directory)
            do {
                try broker.restart()
                return broker
            } catch {
                lastError = error
            }
        }
        throw lastError ?? BrokerError("the broker did not start")
    }

    private init(port: Int, directory: String) {
        self.port = port
        self.directory = directory
    }

    /// (Re)starts the broker on its port with its persistence; returns once it accepts connections.
    public func restart() throws {
        let config = directory + "/mosquitto.conf"
        let lines = [
            "listener \(port) \(Self.host)", "allow_anonymous true",
            "persistence true", "persistence_location \(directory)/", "autosave_interval 1",
            "sys_interval 1", "log_dest file \(directory)/mosquitto.log",
            // Run as root (the tests may be), it would switch to the mosquitto user, who cannot write this folder.
            "user \(String(cString: getpwuid(getuid())!.pointee.pw_name))",
            // The default queue of 1,000 messages per offline session would drop the rest of a larger backlog.
            "max_queued_messages 1000000",
        ]
        try (lines.joined(separator: "\n") + "\n").write(toFile: config, atomically: true, encoding: .utf8)
        let pid = try Self.spawn([Self.executable, "-c", config], stdin: "/dev/null")
        self.pid = pid
        let deadline = Date().addingTimeInterval(Self.startSeconds)
        while Date() < deadline {
            if Self.accepts(port: port) { return }
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                self.pid = nil
                throw BrokerError("mosquitto exited (status \(status)); see \(directory)/mosquitto.log")
            }
            usleep(20_000)
        }
        stop()
        throw BrokerError("mosquitto did not accept connections on port \(port) within \(Self.startSeconds) s")
    }

    /// Stops the broker by its PID with SIGTERM, on which it saves its persistence file, and waits for it to exit.
    public func stop() {
        guard let pid else { return }
        kill(pid, SIGTERM)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        self.pid = nil
    }

    /// Publishes each of `payloads` as one message at QoS 1 with `mosquitto_pub -l` (one client for all, each
    /// acknowledged by the broker); throws unless the client exits 0.
    public func publish(topic: String, _ payloads: [String]) throws {
        let file = directory + "/publish-\(UUID().uuidString.prefix(8)).txt"
        try (payloads.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let pid = try Self.spawn(["/usr/bin/mosquitto_pub", "-h", Self.host, "-p", String(port), "-t", topic, "-q", "1", "-l"], stdin: file)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        guard status == 0 else { throw BrokerError("mosquitto_pub failed (wait status \(status))") }
    }

    deinit { stop() }

    /// Starts `command` with default signal handling and an empty signal mask: a child inherits the mask of the
    /// thread that starts it, and one started from a thread that blocks SIGTERM would never hear `stop()`.
    private static func spawn(_ command: [String], stdin: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        let argv = command.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, command[0], &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw BrokerError("cannot run \(command[0]): \(String(cString: strerror(spawned)))") }
        return pid
    }

    private static func accepts(port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = loopback(port: port)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }

    private static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr(host)
        address.sin_port = UInt16(port).bigEndian
        return address
    }

    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw BrokerError("socket: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var address = loopback(port: 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw BrokerError("no free port: \(String(cString: strerror(errno)))") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

public struct BrokerError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
