/// How a plug-in run ended and what it said on stderr.
struct ChildProcessResult: Sendable {
    enum Ending: Sendable, Equatable {
        case exited(Int32)
        case signalled(Int32)
        /// Killed, with its whole process group, because the run's time was up or its task was cancelled.
        case timedOut
        /// Killed, with its whole process group, because its output stayed silent for the idle timeout.
        case silent
    }

    var ending: Ending
    /// The last bytes of stderr: enough to say why a plug-in failed, bounded whatever it prints.
    var stderrTail: [UInt8]
    /// Processes it left holding its output after it exited (a `setsid` daemon), killed when the run ended.
    var strays: Int

    /// Whether the process ended by itself: only then is its last line known to be whole (a killed run may have
    /// stopped mid-line, and a cut record is not a bad record, just unfinished).
    var exited: Bool {
        if case .exited = ending { return true }
        return false
    }
}
