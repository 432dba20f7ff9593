import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A real HTTP/1.1 server on 127.0.0.1 (a free port) for testing the http source over a real socket: each request
/// is answered by `respond`, one connection at a time, and remembered so a test can check what was sent.
public final class LocalHTTPServer: @unchecked Sendable {
    /// What to answer: a status and a body, or `hang` to accept and never answer (a server that stalls).
    public enum Answer: Sendable {
        case reply(status: Int, body: String)
        case hang
        /// A 200 answer announcing `length` bytes and sending `piece` over and over until they are sent or the client
        /// hangs up, waiting `pause` between pieces: an answer far larger than memory, or one that never ends in time.
        case generate(length: Int, piece: String, pause: Duration = .zero)
    }

    public struct Request: Sendable {
        public var method: String
        public var path: String
        /// Header names in lower case.
        public var headers: [String: String]
    }

    public let port: UInt16
    private let socket: Int32
    private let respond: @Sendable (Request) -> Answer
    private let lock = NSLock()
    private var seen: [Request] = []
    private var stalled: [Int32] = []
    private var stopped = false

    public var url: String { "http://127.0.0.1:\(port)" }

    public var requests: [Request] { lock.withLock { seen } }

    public init(respond: @escaping @Sendable (Request) -> Answer) throws {
        self.respond = respond
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else { close(fd); throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        socket = fd
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in serve() }
        thread.start()
    }

    /// Closing the listening socket ends the accept loop; stalled connections are closed with it.
    /// Idempotent, since a descriptor closed twice may by then belong to someone else.
    public func stop() {
        let connections: [Int32]? = lock.withLock {
            if stopped { return nil }
            stopped = true
            return stalled
        }
        guard let connections else { return }
        shutdown(socket, Int32(SHUT_RDWR))
        close(socket)
        for connection in connections { close(connection) }
    }

    deinit { stop() }

    private func serve() {
        while true {
            let connection = accept(socket, nil, nil)
            if connection < 0 { if errno == EINTR { continue } else { return } }
            guard let request = Self.readRequest(connection) else { close(connection); continue }
            lock.withLock { seen.append(request) }
            switch respond(request) {
            case .hang:
                let kept = lock.withLock { () -> Bool in
                    guard !stopped else { return false }
                    stalled.append(connection)
                    return true
                }
                if !kept { close(connection) }
            case .generate(let length, let piece, let pause):
                let head = Array("HTTP/1.1 200 OK\r\nContent-Type: application/x-ndjson\r\nContent-Length: \(length)\r\nConnection: close\r\n\r\n".utf8)
                let bytes = Array(piece.utf8)
                var left = length
                var ok = Self.sendAll(head, on: connection)
                while ok, left > 0, !lock.withLock({ stopped }) {
                    ok = Self.sendAll(Array(bytes.prefix(left)), on: connection)
                    left -= min(left, bytes.count)
                    if pause > .zero { Thread.sleep(forTimeInterval: Double(pause.components.attoseconds) / 1e18 + Double(pause.components.seconds)) }
                }
                close(connection)
            case .reply(let status, let body):
                let payload = Array(body.utf8)
                let head = "HTTP/1.1 \(status) \(status == 200 ? "OK" : "Error")\r\nContent-Type: application/json\r\n"
                    + "Content-Length: \(payload.count)\r\nConnection: close\r\n\r\n"
                let bytes = Array(head.utf8) + payload
                var sent = 0
                while sent < bytes.count {
                    let n = bytes[sent...].withUnsafeBytes { send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                    if n <= 0 { break }
                    sent += n
                }
                close(connection)
            }
        }
    }

    private static func sendAll(_ bytes: [UInt8], on connection: Int32) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { return false }
            sent += n
        }
        return true
    }

    /// The request line and headers; a body, if any, is not needed by the sources under test.
    private static func readRequest(_ connection: Int32) -> Request? {
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        let end = Array("\r\n\r\n".utf8)
        while buffer.count < 65_536 {
            let n = chunk.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
            if n <= 0 { return nil }
            buffer += chunk[0..<n]
            if buffer.count >= 4, (0...(buffer.count - 4)).contains(where: { Array(buffer[$0..<($0 + 4)]) == end }) { break }
        }
        let lines = String(decoding: buffer, as: UTF8.self).components(separatedBy: "\r\n")
        let start = lines[0].split(separator: " ")
        guard start.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Request(method: String(start[0]), path: String(start[1]), headers: headers)
    }
}
