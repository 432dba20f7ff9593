/// The collector's time: what "now" is (for the store's timestamps) and how to wait. Injectable so that a test
/// or the soak benchmark can run the scheduler at its own pace.
public struct CollectorClock: Sendable {
    public var now: @Sendable () -> Instant
    public var sleep: @Sendable (Duration) async throws -> Void

    public init(now: @escaping @Sendable () -> Instant, sleep: @escaping @Sendable (Duration) async throws -> Void) {
        self.now = now
        self.sleep = sleep
    }

    public static let system = CollectorClock(now: { Instant.now }, sleep: { try await Task.sleep(for: $0) })
}
