import Foundation

/// The few POSIX socket calls the server and the client need, on `AF_UNIX` stream sockets. Plain POSIX and poll()
/// rather than SwiftNIO: one event loop over a few hundred local sockets needs nothing more, and a client that must
/// stay under 20 MiB resident (#19) and a CI that builds from scratch gain from not carrying an event-loop framework.
enum UnixSocket {
    /// `sun_path` holds 108 bytes on Linux, the terminating NUL included.
    static let maxPathBytes = 107

    enum Failure: Error, CustomStringConvertible {
        case pathTooLong(String)
        case call(String, path: String, errno: Int32)

        var description: String {
            switch self {
            case .pathTooLong(let path): "socket path \(path) is longer than \(UnixSocket.maxPathBytes) bytes"
            case .call(let call, let path, let code): "\(call) \(path): \(String(cString: strerror(code)))"
            }
        }
    }

    static func address(_ path: String) throws(Failure) -> sockaddr_un {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count <= maxPathBytes else { throw .pathTooLong(path) }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        return address
    }

    static func makeSocket(path: String) throws(Failure) -> Int32 {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw .call("socket", path: path, errno: errno) }
        return fd
    }

    /// A connected socket to `path`, blocking.
    static func connect(_ path: String) throws(Failure) -> Int32 {
        var address = try address(path)
        let fd = try makeSocket(path: path)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard result == 0 else {
            let code = errno
            close(fd)
            throw .call("connect", path: path, errno: code)
        }
        return fd
    }

    /// A listening socket at `path`, readable and writable by every user: who may see what is decided by the
    /// peer's uid, not by the socket's mode.
    static func listen(_ path: String, backlog: Int32) throws(Failure) -> Int32 {
        var address = try address(path)
        let fd = try makeSocket(path: path)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0 else {
            let code = errno
            close(fd)
            throw .call("bind", path: path, errno: code)
        }
        chmod(path, 0o666)
        guard Glibc.listen(fd, backlog) == 0 else {
            let code = errno
            close(fd)
            throw .call("listen", path: path, errno: code)
        }
        setNonBlocking(fd)
        return fd
    }

    static func setNonBlocking(_ fd: Int32) {
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
    }

    /// The uid of the process at the other end, as the kernel recorded it at connect time (`SO_PEERCRED`).
    static func peerUID(_ fd: Int32) -> UInt32? {
        // struct ucred { pid_t pid; uid_t uid; gid_t gid; }: Swift's Glibc hides it (it needs _GNU_SOURCE).
        var credentials: (Int32, UInt32, UInt32) = (0, 0, 0)
        var length = socklen_t(MemoryLayout.size(ofValue: credentials))
        guard getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &credentials, &length) == 0 else { return nil }
        return credentials.1
    }

    /// Writes all of `bytes` to a blocking socket; false when the peer is gone.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { send(fd, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL)) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }
}
