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
        let result = try await BlockingWork.run { stop in try child.run(deadline: deadline, stop: stop) }
        var output = result.stdout
        if case .exited = result.ending {} else {
            // A killed run may have stopped mid-line; a cut record is not a bad record, just unfinished.
            if let end = output.lastIndex(of: 0x0A) { output.removeSubrange((end + 1)...) } else { output.removeAll() }
        }
        if !output.isEmpty {
            let input = IngestInput(name: context.name, origin: .bytes(output), format: .jsonLines)
            _ = await context.ingest(input)
        }
        if let failure = failure(result, timeout: context.timeout) { throw failure }
        return nil
    }

    func failure(_ result: ChildProcessResult, timeout: Duration) -> SourceFailure? {
        let said = Self.gist(result.stderrTail)
        let suffix = said.isEmpty ? "" : ": \(said)"
        switch result.ending {
        case .exited(0): return nil
        case .exited(let code): return SourceFailure("exit \(code)\(suffix)")
        case .signalled(let signal): return SourceFailure("killed by signal \(signal)\(suffix)")
        case .timedOut: return SourceFailure("timed out after \(ConfigDuration.text(timeout)); killed its process group\(suffix)")
        case .overflowed: return SourceFailure("printed more than \(ChildProcess.maxOutputBytes >> 20) MiB in one run; killed")
        }
    }

    /// The last non-empty lines of stderr, joined: what a person needs to see first.
    static func gist(_ tail: [UInt8]) -> String {
        let text = String(decoding: tail, as: UTF8.self)
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return lines.suffix(stderrLinesShown).joined(separator: " | ")
    }
}
