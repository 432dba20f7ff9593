import Foundation

/// One client of the server: its socket, who it is (by the kernel), what has arrived and what waits to be sent, and
/// the embedded service that answers it once it has said hello.
final class ServerConnection {
    let fd: Int32
    let identity: PeerIdentity
    let connectedAt: ContinuousClock.Instant
    var reader = FrameReader(limit: WireProtocol.maxRequestBytes)
    var service: EmbeddedService?
    private(set) var outbox: [UInt8] = []
    private var sent = 0
    /// When a partial frame started waiting for the rest.
    var midFrameSince: ContinuousClock.Instant?
    /// Set once a refusal is queued: the connection closes when it is sent.
    var closing = false
    private var tokens: Double
    private var refilled: ContinuousClock.Instant

    init(fd: Int32, identity: PeerIdentity, limits: ServerLimits, now: ContinuousClock.Instant) {
        self.fd = fd
        self.identity = identity
        connectedAt = now
        tokens = limits.requestBurst
        refilled = now
    }

    var pendingBytes: Int { outbox.count - sent }

    func queue(_ message: ServerMessage) {
        guard let frame = try? WireProtocol.frame(message) else { return }
        outbox += frame
    }

    /// Sends what the socket takes now. - Returns: false when the peer is gone.
    func flush() -> Bool {
        while sent < outbox.count {
            let written = outbox.withUnsafeBytes { send(fd, $0.baseAddress! + sent, outbox.count - sent, Int32(MSG_NOSIGNAL | MSG_DONTWAIT)) }
            if written < 0 {
                if errno == EINTR { continue }
                return errno == EAGAIN || errno == EWOULDBLOCK
            }
            sent += written
        }
        outbox.removeAll(keepingCapacity: outbox.count <= 1 << 16)
        sent = 0
        return true
    }

    /// Takes one request from the connection's allowance; false when it is over its rate.
    func takeToken(limits: ServerLimits, now: ContinuousClock.Instant) -> Bool {
        let elapsed = now - refilled
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        tokens = min(limits.requestBurst, tokens + seconds * limits.requestsPerSecond)
        refilled = now
        guard tokens >= 1 else { return false }
        tokens -= 1
        return true
    }
}
