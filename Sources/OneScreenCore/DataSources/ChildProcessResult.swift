/// How a plug-in run ended and what it printed.
struct ChildProcessResult: Sendable {
    enum Ending: Sendable, Equatable {
        case exited(Int32)
        case signalled(Int32)
        /// Killed, with its whole process group, because the run's time was up or its task was cancelled.
        case timedOut
        /// Killed because it printed more than `ChildProcess.maxOutputBytes`.
        case overflowed
    }

    var ending: Ending
    var stdout: [UInt8]
    /// The last bytes of stderr: enough to say why a plug-in failed, bounded whatever it prints.
    var stderrTail: [UInt8]
}
