import Foundation

/// Runs a command that keeps running (`stream: true`), such as `mosquitto_sub`, and ingests each line it prints as
/// it comes, in batches (`StreamBatcher`). A run lasts as long as the process: when it ends — it exited, it fell
/// silent for the idle timeout, or the collector stops — the run ends, and an end that the collector did not ask
/// for is a failure, which the collector answers by restarting it with backoff. Its whole process group ends with it.
struct StreamingExecSource: DataSource {
    let settings: ExecSettings
    let stream: StreamSettings

    /// How often the health row hears how the stream goes: lines per second need a few seconds to mean anything,
    /// and every report is a commit that every dashboard reads.
    static let reportEvery = Duration.seconds(5)

    func run(_ context: SourceRunContext) async throws -> String? {
        let child = ChildProcess(command: settings.command, directory: settings.directory, environment: context.environment)
        let handoff = ChunkHandoff(context: context, name: context.name)
        let idleTimeout = stream.idleTimeout
        let result = try await BlockingWork.run { stop in
            var batcher = StreamBatcher()
            var meter = StreamMeter(since: context.now(), report: context.report)
            meter.started()
            // A stream has no deadline: only the stop flag (the collector stopping) and the idle timeout end it.
            let forever = ContinuousClock.now + ConfigDuration.maximum
            let deliver = { (chunk: [UInt8], first: Int) in
                let started = ContinuousClock.now
                handoff.deliver(chunk, firstLine: first)
                meter.delivered(upTo: first - 1 + chunk.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }, took: ContinuousClock.now - started)
            }
            let result = try child.run(deadline: forever, idleTimeout: idleTimeout, stop: stop, output: { bytes in
                let before = handoff.timeInIngest
                batcher.append(bytes, now: .now, emit: deliver)
                return handoff.timeInIngest - before
            }, tick: { unread in
                let before = handoff.timeInIngest
                batcher.flushIfDue(now: .now, unread: unread, emit: deliver)
                meter.reportIfDue(now: context.now(), unread: unread)
                return handoff.timeInIngest - before
            })
            batcher.finish(complete: result.exited, emit: deliver)
            return result
        }
        // Told to stop: not a failure of the stream's.
        if Task.isCancelled { throw CancellationError() }
        if let failure = ExecSource.failure(result, timeout: idleTimeout ?? .zero) { throw failure }
        throw SourceFailure("the stream ended (exit 0)")
    }
}

/// Counts a stream's lines and the time its batches take to commit, and tells the collector how it goes: at the
/// start, at the first line (the stream proved it works), then every `StreamingExecSource.reportEvery`, which is
/// also how the Sources page tells a stream whose collector died (its reports stop) from a quiet one.
struct StreamMeter {
    let since: Instant
    let report: @Sendable (StreamProgress) -> Void
    private var lines = 0
    private var reportedLines = 0
    private var reportedAt: Instant?
    private var reportedRate = 0.0
    /// The slowest commit since the last report.
    private var slowest = Duration.zero
    /// Reports in a row at which the pipe held a backlog.
    private var backedUp = 0

    /// Output waiting unread in the pipe beyond this is a backlog: most of a pipe's 64 KiB, so the stream is
    /// being held back rather than caught between two reads.
    static let backlogBytes = 48 << 10
    /// A backlog at this many reports in a row (15 s) is a lag, not a burst being caught up with.
    static let backlogReports = 3

    init(since: Instant, report: @escaping @Sendable (StreamProgress) -> Void) {
        self.since = since
        self.report = report
    }

    mutating func started() {
        report(StreamProgress(since: since, lines: 0, linesPerSecond: 0))
        reportedAt = since
    }

    mutating func delivered(upTo total: Int, took: Duration) {
        let first = lines == 0
        lines = max(lines, total)
        slowest = max(slowest, took)
        if first, lines > 0 { send(at: since, rate: reportedRate) }
    }

    /// - Parameter unread: bytes the stream wrote that wait unread in its pipe.
    mutating func reportIfDue(now: Instant, unread: Int) {
        guard let at = reportedAt, now.seconds(since: at) >= StreamingExecSource.reportEvery.secondsValue else { return }
        let rate = Double(lines - reportedLines) / max(now.seconds(since: at), 0.001)
        backedUp = unread >= Self.backlogBytes ? backedUp + 1 : 0
        // A batch that takes longer to commit than batches take to gather, or output piling up in the pipe report
        // after report, means the stream runs ahead of ingest.
        let lag: String? = if slowest > StreamBatcher.maxWait {
            "a batch took \(ConfigDuration.text(slowest)) to commit, longer than the \(ConfigDuration.text(StreamBatcher.maxWait)) batches gather in"
        } else if backedUp >= Self.backlogReports {
            "\(unread >> 10) KiB of output waiting unread at \(backedUp) reports in a row"
        } else {
            nil
        }
        slowest = .zero
        send(at: now, rate: rate, lag: lag)
        reportedAt = now
    }

    private mutating func send(at now: Instant, rate: Double, lag: String? = nil) {
        reportedLines = lines
        reportedRate = rate
        report(StreamProgress(since: since, lines: lines, linesPerSecond: rate, lag: lag))
    }
}
