import Foundation

/// Where a server listens when nothing says otherwise, and whether one does.
public enum ServerSocket {
    /// `$XDG_RUNTIME_DIR/onescreen/onescreen.sock`, else under /tmp by uid (a login without a runtime dir).
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base = environment["XDG_RUNTIME_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp/onescreen-\(geteuid())"
        return base + "/onescreen/onescreen.sock"
    }

    /// True when a server accepts connections at `path` (a stale socket file left by a dead one does not count).
    public static func isListening(at path: String) -> Bool {
        guard FileManager.default.fileExists(atPath: path), let fd = try? UnixSocket.connect(path) else { return false }
        close(fd)
        return true
    }
}
