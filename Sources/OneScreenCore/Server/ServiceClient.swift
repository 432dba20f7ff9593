import Foundation

/// The data side as a `onescreen serve` answers it over its socket. Holds only the socket and the frame being read:
/// no store, no cache; what the server sends is already masked and audited. A change notice may arrive at any time;
/// `changeDescriptor` lets a loop sleep in poll() until one (or a key) comes.
public final class ServiceClient: DataService {
    /// Who the server takes this client for, from its welcome.
    public private(set) var viewer: Viewer
    private let fd: Int32
    private var reader = FrameReader(limit: WireProtocol.maxReplyBytes)
    private var nextID: UInt32 = 1
    /// A notice arrived since the last `takeChange`; true at first, so the first pass reads.
    private var changed = true
    private var closed = false
    /// What one recv() takes, kept between reads: a page's reply is tens of KiB.
    private var chunk = [UInt8](repeating: 0, count: 64 << 10)

    /// How long a request waits for its reply: a page read takes milliseconds, a prune of millions of rows some
    /// seconds; a server stuck longer than this is reported rather than waited on with a frozen screen.
    public static let replyTimeoutSeconds = 120.0

    private init(fd: Int32, viewer: Viewer) {
        self.fd = fd
        self.viewer = viewer
    }

    deinit { close(fd) }

    /// Connects to the server at `socket` and asks for `role` (nil: the user's own).
    public static func connect(socket: String, role: String?) -> Result<ServiceClient, ServiceError> {
        let fd: Int32
        do { fd = try UnixSocket.connect(socket) } catch {
            return .failure(.connection("cannot reach onescreen serve at \(socket): \(error)"))
        }
        let client = ServiceClient(fd: fd, viewer: Viewer(user: "", role: AccessPolicy.unconfigured.lowest))
        do throws(ServiceError) {
            try client.send(.hello(version: WireProtocol.version, role: role))
            switch try client.receive(timeout: replyTimeoutSeconds, handshake: true) {
            case .welcome(_, let viewer):
                client.viewer = viewer
                return .success(client)
            case .refused(let why): return .failure(.refused(why))
            default: return .failure(.connection("the server at \(socket) did not answer hello"))
            }
        } catch {
            return .failure(error)
        }
    }

    /// Nil once the server has gone: a socket at its end stays readable, and a loop sleeping on it would spin.
    public var changeDescriptor: Int32? { closed ? nil : fd }
    /// The server confirms its commits before it sends a notice.
    public var changeRecheckMilliseconds: Int32? { nil }

    public func takeChange() throws(ServiceError) -> Bool {
        // Whatever has arrived is read now without waiting; only notices can be among it. A server gone is said
        // at once, not at the next read.
        guard !closed else { throw .connection("onescreen serve closed the connection") }
        while try pollReadable(timeoutMilliseconds: 0) {
            guard try readAvailable() else { throw .connection("onescreen serve closed the connection") }
            while let message = try nextMessage() { if case .changed = message { changed = true } }
        }
        defer { changed = false }
        return changed
    }

    public func page(_ request: PageRequest, at now: Instant, utcOffset: Int, window: TimeRange) throws(ServiceError) -> PageSnapshot {
        guard case .page(let snapshot) = try call(.page(request, at: now, utcOffset: utcOffset, window: window)) else { throw unexpected }
        return snapshot
    }

    public func alerts(_ filter: AlertFilter) throws(ServiceError) -> [AlertRecord] {
        guard case .alerts(let alerts) = try call(.alerts(filter)) else { throw unexpected }
        return alerts
    }

    public func acknowledge(alert id: Int64, note: String?) throws(ServiceError) -> AlertRecord {
        guard case .acknowledged(let alert) = try call(.acknowledge(alert: id, note: note)) else { throw unexpected }
        return alert
    }

    public func silence(_ request: SilenceRequest) throws(ServiceError) -> SilenceOutcome {
        guard case .silenced(let outcome) = try call(.silence(request)) else { throw unexpected }
        return outcome
    }

    public func unacknowledge(alert id: Int64) throws(ServiceError) -> AlertRecord {
        guard case .unacknowledged(let alert) = try call(.unacknowledge(alert: id)) else { throw unexpected }
        return alert
    }

    public func silences() throws(ServiceError) -> [Silence] {
        guard case .silences(let silences) = try call(.silences) else { throw unexpected }
        return silences
    }

    public func unsilence(_ id: Int64) throws(ServiceError) -> Silence {
        guard case .unsilenced(let silence) = try call(.unsilence(id)) else { throw unexpected }
        return silence
    }

    public func audit(since: Instant?) throws(ServiceError) -> [AuditEntry] {
        guard case .audit(let entries) = try call(.audit(since: since)) else { throw unexpected }
        return entries
    }

    public func sources() throws(ServiceError) -> SourcesReport {
        guard case .sources(let report) = try call(.sources) else { throw unexpected }
        return report
    }

    public func status() throws(ServiceError) -> StoreStatus {
        guard case .status(let status) = try call(.status) else { throw unexpected }
        return status
    }

    public func jumpIndex() throws(ServiceError) -> JumpIndex {
        guard case .jumpIndex(let index) = try call(.jumpIndex) else { throw unexpected }
        return index
    }

    public func prune(vacuum: Bool) throws(ServiceError) -> PruneReport {
        guard case .pruned(let report) = try call(.prune(vacuum: vacuum)) else { throw unexpected }
        return report
    }

    // MARK: frames

    private var unexpected: ServiceError { .connection("the server answered something else than was asked") }

    private func call(_ request: ServiceRequest) throws(ServiceError) -> ServiceReply {
        let id = nextID
        nextID &+= 1
        try send(.request(id: id, request))
        while true {
            switch try receive(timeout: Self.replyTimeoutSeconds) {
            case .changed: changed = true
            case .reply(let replyID, let reply) where replyID == id:
                if case .error(let error) = reply { throw error }
                return reply
            case .refused(let why): throw .refused(why)
            case .reply, .welcome: continue
            }
        }
    }

    private func send(_ message: ClientMessage) throws(ServiceError) {
        guard !closed else { throw .connection("the connection to onescreen serve is closed") }
        guard let frame = try? WireProtocol.frame(message), UnixSocket.writeAll(fd, frame) else {
            closed = true
            throw .connection("onescreen serve went away")
        }
    }

    /// The next message; the welcome or refusal of a `handshake` is JSON, whatever the server's version.
    private func receive(timeout: Double, handshake: Bool = false) throws(ServiceError) -> ServerMessage {
        let deadline = ContinuousClock.now + .seconds(timeout)
        while true {
            if let message = try nextMessage(handshake: handshake) { return message }
            let left = deadline - ContinuousClock.now
            guard left > .zero else { throw .connection("onescreen serve did not answer within \(Int(timeout)) s") }
            let milliseconds = Int32(min(Double(Int32.max), Double(left.components.seconds) * 1000 + 1))
            if try pollReadable(timeoutMilliseconds: milliseconds) {
                guard try readAvailable() else { throw .connection("onescreen serve closed the connection") }
            }
        }
    }

    private func nextMessage(handshake: Bool = false) throws(ServiceError) -> ServerMessage? {
        let body: [UInt8]?
        do { body = try reader.next() } catch { throw .connection("onescreen serve sent \(error)") }
        guard let body else { return nil }
        guard let message = try? WireProtocol.message(ServerMessage.self, from: body, handshake: handshake) else {
            throw .connection("onescreen serve sent a message this client cannot read: use the same onescreen version on both sides")
        }
        return message
    }

    private func pollReadable(timeoutMilliseconds: Int32) throws(ServiceError) -> Bool {
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let ready = poll(&entry, 1, timeoutMilliseconds)
        if ready < 0 { return errno == EINTR ? false : true }
        return ready > 0
    }

    /// Reads what the socket holds. - Returns: false at end of stream.
    private func readAvailable() throws(ServiceError) -> Bool {
        let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
        if count < 0 {
            if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { return true }
            closed = true
            throw .connection("onescreen serve went away")
        }
        if count == 0 {
            closed = true
            return false
        }
        chunk.withUnsafeBytes { reader.append(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
        return true
    }
}
