/// What a running stream reports to the collector while it runs, for its health row: since when it streams, how
/// fast, and whether ingest keeps up with it.
public struct StreamProgress: Sendable, Equatable {
    /// When the process was started.
    public var since: Instant
    /// Lines handed to ingest since it started.
    public var lines: Int
    /// Lines per second over the last report period.
    public var linesPerSecond: Double
    /// Why ingest falls behind the stream (a batch committing slower than batches arrive), nil while it keeps up.
    public var lag: String?

    public init(since: Instant, lines: Int, linesPerSecond: Double, lag: String? = nil) {
        self.since = since
        self.lines = lines
        self.linesPerSecond = linesPerSecond
        self.lag = lag
    }
}
