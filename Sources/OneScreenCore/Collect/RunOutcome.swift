/// How one run of a source ended, as the scheduler sees it.
enum RunOutcome: Sendable, Equatable {
    case finished(checkpoint: String?)
    case failed(String)
    /// The run outlived its timeout (and grace) and was cancelled.
    case timedOut
    /// The collector is stopping or lost the lease.
    case cancelled
}
