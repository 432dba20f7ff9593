/// What a run of a source is given by the collector.
public struct SourceRunContext: Sendable {
    /// The source's name: its lineage in the store and the prefix of its messages.
    public var name: String
    /// How long the run may take; the collector cancels the run's task when it is over.
    public var timeout: Duration
    /// What the previous run returned (also after a restart or a takeover by another collector).
    public var checkpoint: String?
    /// Variables for child processes, so a plug-in can tell which source and collector run it.
    public var environment: [String: String]
    public var now: @Sendable () -> Instant
    /// The one door into the store: validates, writes, records rejects, and reports what it did.
    public var ingest: @Sendable (IngestInput) async -> IngestReport
    /// Where a stream says how it goes while it runs (a run-once source never calls it); returns at once.
    public var report: @Sendable (StreamProgress) -> Void
    /// The same door for a source's own blocking thread, without a trip through Swift's cooperative pool: a pool
    /// kept busy by other work (a dashboard drawing, a test suite) must not hold a plug-in's output back, nor let
    /// that wait count against its timeout as the collector measures it. Nil: `ingest` is used.
    public var ingestBlocking: (@Sendable (IngestInput) -> IngestReport)?

    public init(name: String, timeout: Duration, checkpoint: String?, environment: [String: String],
                now: @escaping @Sendable () -> Instant, ingest: @escaping @Sendable (IngestInput) async -> IngestReport,
                report: @escaping @Sendable (StreamProgress) -> Void = { _ in },
                ingestBlocking: (@Sendable (IngestInput) -> IngestReport)? = nil) {
        self.name = name
        self.timeout = timeout
        self.checkpoint = checkpoint
        self.environment = environment
        self.now = now
        self.ingest = ingest
        self.report = report
        self.ingestBlocking = ingestBlocking
    }
}
