import Dispatch
import Synchronization

/// Hands chunks from a source's blocking thread to the async ingest door one at a time, waiting for each to be
/// stored before reading on: the producer is held back (its pipe fills, its socket stops being read) instead of
/// its output piling up in memory.
final class ChunkHandoff: Sendable {
    private let name: String
    private let type: RecordType?
    private let format: IngestInput.Format?
    private let ingest: @Sendable (IngestInput) async -> IngestReport
    private let ingestBlocking: (@Sendable (IngestInput) -> IngestReport)?
    private let waited = Mutex(Duration.zero)

    init(context: SourceRunContext, name: String, type: RecordType? = nil, format: IngestInput.Format? = .jsonLines) {
        self.name = name
        self.type = type
        self.format = format
        ingest = context.ingest
        ingestBlocking = context.ingestBlocking
    }

    /// Ingests `chunk`, whose first line is line `firstLine` of the whole output; returns when it is stored.
    func deliver(_ chunk: [UInt8], firstLine: Int) {
        let input = IngestInput(name: name, origin: .bytes(chunk), type: type, format: format, firstLine: firstLine)
        let started = ContinuousClock.now
        if let ingestBlocking {
            _ = ingestBlocking(input)
        } else {
            let done = DispatchSemaphore(value: 0)
            let ingest = self.ingest
            Task {
                _ = await ingest(input)
                done.signal()
            }
            done.wait()
        }
        let spent = ContinuousClock.now - started
        waited.withLock { $0 += spent }
    }

    /// Time spent waiting for the store: a source's own deadline does not count it, as the collector does not.
    var timeInIngest: Duration { waited.withLock { $0 } }
}
