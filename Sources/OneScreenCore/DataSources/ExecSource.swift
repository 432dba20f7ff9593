import Foundation

/// Runs a command (a built-in `exec` source or a plug-in) and ingests the records it prints on stdout.
///
/// The plug-in protocol: print records as JSON Lines (RECORDS.md) on stdout and exit 0; say what went wrong on stderr and exit non-zero. The variables `ONESCREEN_SOURCE` (the
/// source's name) and `ONESCREEN_COLLECTOR` (which collector runs it) are set. A run that outlives its timeout is
/// killed with its whole process group.
struct ExecSource: DataSource {
    let settings: ExecSettings

    /// Lines of stderr shown on the Sources page: the gist; the log has the rest.
    static let stderrLinesShown = 3

    func run(_ context: SourceRunContext) async throws -> String? {
        let child = ChildProcess(command: settings.command, directory: settings.directory, environment: context.environment)
        let deadline = ContinuousClock.now + context.timeout
        let handoff = ChunkHandoff(context: context, name: context.name)
        let result = try await BlockingWork.run { stop in
            var chunker = LineChunker()
            let result = try child.run(deadline: deadline, stop: stop) { bytes in
                let before = handoff.timeInIngest
                chunker.append(bytes) { handoff.deliver($0, firstLine: $1) }
                return handoff.timeInIngest - before
            }
            chunker.finish(complete: result.exited) { handoff.deliver($0, firstLine: $1) }
            return result
        }
        if let failure = Self.failure(result, timeout: context.timeout) { throw failure }
        return nil
    }

    /// Why a run failed, nil when it did not. `timeout` is the run's timeout, or a stream's idle timeout.
    static func failure(_ result: ChildProcessResult, timeout: Duration) -> SourceFailure? {
        let said = Self.gist(result.stderrTail)
        let suffix = said.isEmpty ? "" : ": \(said)"
        switch result.ending {
        case .exited(0) where result.strays == 0: return nil
        case .exited(0): return SourceFailure("exit 0, but left \(result.strays) process\(result.strays == 1 ? "" : "es") holding its output (started with setsid?); killed")
        case .exited(let code): return SourceFailure("exit \(code)\(suffix)")
        case .signalled(let signal): return SourceFailure("killed by signal \(signal)\(suffix)")
        case .timedOut: return SourceFailure("timed out after \(ConfigDuration.text(timeout)); killed its process group\(suffix)")
        case .silent: return SourceFailure("printed nothing for \(ConfigDuration.text(timeout)); killed its process group\(suffix)")
        }
    }

    /// The last non-empty lines of stderr, joined: what a person needs to see first.
    static func gist(_ tail: [UInt8]) -> String {
        let text = String(decoding: tail, as: UTF8.self)
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return lines.suffix(stderrLinesShown).joined(separator: " | ")
    }
}
