/// A kind of data source. A run produces inputs in the record format and hands them to `context.ingest`; it never
/// touches the store or the screen, so one broken source can only fail its own run.
///
/// The collector never starts a run while the previous one of the same source is still going, so an
/// implementation may keep state between runs (an open file, an offset) without guarding against itself.
public protocol DataSource: Sendable {
    /// Runs once: collect what is new, ingest it, and say where to resume.
    /// - Parameter context: the run's name, deadline, last checkpoint and the ingest door.
    /// - Returns: the checkpoint to resume from next time (persisted in the store so that a collector taking over
    ///   after a crash does not read the same data again), or nil when the source keeps none.
    /// - Throws: `SourceFailure` (or any error) when the run failed; what was ingested before stays ingested.
    ///   Sources stop promptly when their task is cancelled (the collector cancels at the timeout).
    func run(_ context: SourceRunContext) async throws -> String?
}
