/// How current the data behind a frame is. A wall screen showing yesterday's numbers as if they were live is the
/// worst failure a monitoring center can have, so the status bar judges this on every frame.
public struct DataFreshness: Sendable, Equatable, Codable {
    /// Time of the newest reading in the store, by the reading's own clock.
    public var newestReading: Instant?
    /// When anything was last written to the store (any ingest, any source).
    public var lastWrite: Instant?

    /// Readings older than this are stale: sensors report every few minutes, so a quarter of an hour of silence
    /// means a source or a gateway is down.
    public static let staleAfterSeconds: Double = 15 * 60

    public init(newestReading: Instant?, lastWrite: Instant?) {
        self.newestReading = newestReading
        self.lastWrite = lastWrite
    }

    /// Seconds since the newest reading, or nil when the store holds none.
    public func age(at now: Instant) -> Double? {
        newestReading.map { max(0, now.seconds(since: $0)) }
    }

    public func isStale(at now: Instant) -> Bool {
        guard let age = age(at: now) else { return true }
        return age > Self.staleAfterSeconds
    }
}
