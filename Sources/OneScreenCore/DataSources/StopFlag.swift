import Synchronization

/// Tells blocking work on another thread that its task was cancelled: the thread polls it between short waits.
final class StopFlag: Sendable {
    private let raised = Atomic<Bool>(false)

    func raise() { raised.store(true, ordering: .relaxed) }

    var isRaised: Bool { raised.load(ordering: .relaxed) }
}
