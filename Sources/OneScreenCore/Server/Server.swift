import Foundation
import Logging
import Synchronization

/// `onescreen serve`'s socket side: one thread, one poll() over the listening socket and every client. Each client
/// is known by its peer uid, gets the viewer the server's policy gives that uid (narrowed, never raised, by the role
/// it asks for), and is answered by an `EmbeddedService` of its own, so it gets exactly what embedded mode would
/// give the same user and nothing else. One watcher on the store's files (in the same poll()) confirms each commit
/// and pushes `changed` to every client; with nothing to do the loop sleeps until a socket, the store or the next
/// client deadline (a stalled frame, a missing hello) wakes it.
///
/// A client that sends garbage, an oversized frame, stalls mid-frame, does not say hello, stops reading or goes
/// away is dropped with one log line; the others never wait on it (every socket is non-blocking).
public final class Server: Sendable {
    public let socketPath: String
    private let store: Store
    private let owner: UInt32
    private let limits: ServerLimits
    private let logger: Logger
    private let listener: Int32
    /// The policy, retention and rules in force; a reload replaces them for connections made after it.
    private let settings: Mutex<Settings>
    /// Written to by `stop()` to wake the loop.
    private let wake: (read: Int32, write: Int32)
    private let stopping = Atomic<Bool>(false)

    struct Settings: Sendable {
        var policy: AccessPolicy
        var retention: Retention
        var rules: [AlertRule]
    }

    /// How many connections the kernel queues before accept(): a burst of clients starting at once.
    static let backlog: Int32 = 512
    /// Bytes read from a socket at a time.
    static let readChunk = 64 << 10

    /// Binds `socketPath` (its folder created world-traversable when missing; a stale socket file replaced).
    /// - Throws: when another server listens there, or the socket cannot be made.
    public init(socketPath: String, store: Store, config: Config, limits: ServerLimits = .standard, logger: Logger) throws {
        self.socketPath = socketPath
        self.store = store
        self.limits = limits
        self.logger = logger
        owner = UInt32(geteuid())
        settings = Mutex(Settings(policy: config.access, retention: config.retention, rules: config.alertRules))
        let folder = (socketPath as NSString).deletingLastPathComponent
        if !FileManager.default.fileExists(atPath: folder) {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        }
        if ServerSocket.isListening(at: socketPath) { throw ServerError.alreadyListening(socketPath) }
        unlink(socketPath)
        listener = try UnixSocket.listen(socketPath, backlog: Self.backlog)
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw ServerError.cannotWake(String(cString: strerror(errno))) }
        UnixSocket.setNonBlocking(fds[0])
        wake = (fds[0], fds[1])
    }

    /// New connections get viewers by this config's roles, users and grades.
    public func reload(_ config: Config) {
        settings.withLock { $0 = Settings(policy: config.access, retention: config.retention, rules: config.alertRules) }
    }

    /// Ends `run()` from any thread.
    public func stop() {
        stopping.store(true, ordering: .sequentiallyConsistent)
        var byte: UInt8 = 1
        _ = write(wake.write, &byte, 1)
    }

    /// Serves until `stop()`; then closes every connection and removes the socket file.
    public func run() throws {
        let monitor = try StoreChangeMonitor(store: store)
        _ = try monitor.hasChanged()
        var connections: [Int32: ServerConnection] = [:]
        defer {
            for connection in connections.values { close(connection.fd) }
            close(listener)
            close(wake.read)
            close(wake.write)
            unlink(socketPath)
        }
        while !stopping.load(ordering: .sequentiallyConsistent) {
            // With no file watch the store is asked on a short timer; with one, a write wakes the loop.
            var fds = [pollfd(fd: listener, events: Int16(POLLIN), revents: 0), pollfd(fd: wake.read, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: monitor.descriptor ?? -1, events: Int16(POLLIN), revents: 0)]
            for connection in connections.values {
                let events = POLLIN | (connection.pendingBytes > 0 ? POLLOUT : 0)
                fds.append(pollfd(fd: connection.fd, events: Int16(events), revents: 0))
            }
            let before = ContinuousClock.now
            var timeout = monitor.descriptor == nil ? limits.changeCheckMilliseconds : Self.milliseconds(until: nextDeadline(connections), from: before)
            if let recheck = monitor.recheckMilliseconds { timeout = timeout < 0 ? recheck : min(timeout, recheck) }
            _ = poll(&fds, nfds_t(fds.count), timeout)
            let now = ContinuousClock.now
            if fds[1].revents & Int16(POLLIN) != 0 { Self.drain(wake.read) }
            if fds[0].revents & Int16(POLLIN) != 0 { accept(into: &connections, now: now) }
            for entry in fds.dropFirst(3) where entry.revents != 0 {
                guard let connection = connections[entry.fd] else { continue }
                if entry.revents & Int16(POLLIN | POLLHUP | POLLERR) != 0, let why = receive(connection, now: now) {
                    drop(connection, why, from: &connections)
                    continue
                }
                if !connection.flush() { drop(connection, "disconnected", from: &connections) }
            }
            if monitor.descriptor == nil || fds[2].revents != 0 || monitor.recheckAt.map({ now >= $0 }) == true,
               (try? monitor.hasChanged()) == true {
                for connection in connections.values where connection.service != nil { connection.queue(.changed) }
            }
            for connection in Array(connections.values) {
                if let why = misbehaviour(connection, now: now) {
                    drop(connection, why, from: &connections)
                } else if connection.pendingBytes > 0, !connection.flush() {
                    drop(connection, "disconnected", from: &connections)
                } else if connection.closing, connection.pendingBytes == 0 {
                    drop(connection, nil, from: &connections)
                }
            }
        }
    }

    /// The soonest a connection turns misbehaving by the clock alone (a stalled frame, a missing hello); nil when none
    /// can, and the loop sleeps until a socket or the store wakes it.
    private func nextDeadline(_ connections: [Int32: ServerConnection]) -> ContinuousClock.Instant? {
        connections.values.compactMap { connection -> ContinuousClock.Instant? in
            if let since = connection.midFrameSince { return since + .seconds(limits.stallSeconds) }
            if connection.service == nil, !connection.closing { return connection.connectedAt + .seconds(limits.helloSeconds) }
            return nil
        }.min()
    }

    /// poll()'s timeout for `deadline`: -1 (forever) for none, rounded up so the loop wakes after it, not before.
    static func milliseconds(until deadline: ContinuousClock.Instant?, from now: ContinuousClock.Instant) -> Int32 {
        guard let deadline else { return -1 }
        let (seconds, attoseconds) = (deadline - now).components
        let millis = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: max(0, millis) + 1)
    }

    /// Empties the wake pipe, so it does not keep poll() returning.
    static func drain(_ fd: Int32) {
        var bytes = [UInt8](repeating: 0, count: 64)
        while read(fd, &bytes, bytes.count) > 0 {}
    }

    private func accept(into connections: inout [Int32: ServerConnection], now: ContinuousClock.Instant) {
        while true {
            let fd = Glibc.accept(listener, nil, nil)
            guard fd >= 0 else { return }
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            UnixSocket.setNonBlocking(fd)
            guard let uid = UnixSocket.peerUID(fd) else {
                close(fd)
                continue
            }
            let connection = ServerConnection(fd: fd, identity: PeerIdentity(uid: uid), limits: limits, now: now)
            let fromSame = connections.values.count { $0.identity.uid == uid }
            if connections.count >= limits.connections || fromSame >= limits.connectionsPerUID {
                logger.warning("\(connection.identity.user): refused: too many connections")
                connection.queue(.refused("too many connections (at most \(limits.connectionsPerUID) per user, \(limits.connections) in all)"))
                _ = connection.flush()
                close(fd)
                continue
            }
            connections[fd] = connection
        }
    }

    /// Reads what arrived and answers every whole frame. - Returns: why to drop the connection, or nil.
    private func receive(_ connection: ServerConnection, now: ContinuousClock.Instant) -> String? {
        var chunk = [UInt8](repeating: 0, count: Self.readChunk)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(connection.fd, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
            if count == 0 { return "disconnected" }
            if count < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN || errno == EWOULDBLOCK { break }
                return "disconnected"
            }
            chunk.withUnsafeBytes { connection.reader.append(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
            if count < chunk.count { break }
        }
        do {
            while let body = try connection.reader.next() {
                guard !connection.closing else { continue }
                if let why = answer(body, on: connection, now: now) { return why }
            }
        } catch {
            return "sent \(error)"
        }
        if connection.reader.isMidFrame {
            if connection.midFrameSince == nil { connection.midFrameSince = now }
        } else {
            connection.midFrameSince = nil
        }
        return nil
    }

    private func answer(_ body: [UInt8], on connection: ServerConnection, now: ContinuousClock.Instant) -> String? {
        // The decoder's error would quote what was sent: the log says only that it was not a message.
        guard let message = try? WireProtocol.message(ClientMessage.self, from: body, handshake: connection.service == nil) else {
            return "sent a frame that is not a protocol \(WireProtocol.version) message"
        }
        switch message {
        case .hello(let version, let role):
            guard connection.service == nil else { return "said hello twice" }
            guard version == WireProtocol.version else {
                refuse(connection, "this server speaks protocol \(WireProtocol.version), the client \(version): use the same onescreen version on both sides")
                return nil
            }
            let current = settings.withLock { $0 }
            do {
                let viewer = try current.policy.viewer(for: connection.identity, owner: owner, requested: role)
                connection.service = try EmbeddedService(store: store, viewer: viewer, retention: current.retention,
                                                         rules: current.rules, watchesChanges: false)
                connection.queue(.welcome(version: WireProtocol.version, viewer: viewer))
            } catch let error as AccessError {
                let own = current.policy.role(of: connection.identity, owner: owner)
                try? store.appendAudit(AuditEntry(at: .now, user: connection.identity.user, role: own.name, action: "refused",
                                                  subject: "role \(role ?? "-")", detail: error.description))
                refuse(connection, error.description)
            } catch {
                refuse(connection, "the server cannot serve now: \(error)")
            }
        case .request(let id, let request):
            guard let service = connection.service else { return "asked before saying hello" }
            guard connection.takeToken(limits: limits, now: now) else {
                connection.queue(.reply(id: id, .error(.refused("too many requests: at most \(Int(limits.requestsPerSecond)) a second"))))
                return nil
            }
            connection.queue(.reply(id: id, request.perform(on: service)))
        }
        return connection.pendingBytes > limits.pendingWriteBytes ? "stopped reading" : nil
    }

    private func refuse(_ connection: ServerConnection, _ why: String) {
        logger.notice("\(connection.identity.user): refused: \(why)")
        connection.queue(.refused(why))
        connection.closing = true
    }

    private func misbehaviour(_ connection: ServerConnection, now: ContinuousClock.Instant) -> String? {
        if let since = connection.midFrameSince, now - since > .seconds(limits.stallSeconds) { return "stalled mid-frame" }
        if connection.service == nil, !connection.closing, now - connection.connectedAt > .seconds(limits.helloSeconds) {
            return "said no hello"
        }
        if connection.pendingBytes > limits.pendingWriteBytes { return "stopped reading" }
        return nil
    }

    /// Closes `connection`; `why` goes to the log (nil for a refusal already logged).
    private func drop(_ connection: ServerConnection, _ why: String?, from connections: inout [Int32: ServerConnection]) {
        if let why {
            if why == "disconnected" {
                logger.debug("\(connection.identity.user): disconnected")
            } else {
                logger.warning("\(connection.identity.user): dropped: \(why)")
            }
        }
        close(connection.fd)
        connections[connection.fd] = nil
    }
}

public enum ServerError: Error, CustomStringConvertible {
    case alreadyListening(String)
    case cannotWake(String)

    public var description: String {
        switch self {
        case .alreadyListening(let path): "a server already listens at \(path)"
        case .cannotWake(let why): "cannot make the server's wake pipe: \(why)"
        }
    }
}
