import Foundation

/// Runs blocking system calls (waiting on a child, reading files, SQLite queries) on a thread of their own, so
/// that a hung source never holds one of the few threads of Swift's cooperative pool (two on a two-core box).
enum BlockingWork {
    /// Runs `body` on a new thread and returns its result; on cancellation of the calling task, raises the flag
    /// `body` is given so it can stop early.
    static func run<T: Sendable>(_ body: @escaping @Sendable (StopFlag) throws -> T) async throws -> T {
        let stop = StopFlag()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
                let thread = Thread {
                    continuation.resume(with: Result { try body(stop) })
                }
                thread.name = "onescreen-source"
                thread.start()
            }
        } onCancel: {
            stop.raise()
        }
    }
}
