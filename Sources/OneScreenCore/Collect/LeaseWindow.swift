import Synchronization

/// Until when this process may act as the collector: the lease's expiry less one renewal, so a holder that was
/// stalled (a busy machine, a stopped process resumed) stops starting runs before a successor can have taken over,
/// rather than only after its next renewal attempt notices.
final class LeaseWindow: Sendable {
    private let until = Mutex<Instant?>(nil)

    func extend(until expiry: Instant, margin: Duration) {
        until.withLock { $0 = expiry.adding(seconds: -margin.secondsValue) }
    }

    func close() { until.withLock { $0 = nil } }

    func covers(_ now: Instant) -> Bool { until.withLock { $0.map { now < $0 } ?? false } }
}
