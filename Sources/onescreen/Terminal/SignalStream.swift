import Dispatch
import Foundation
import Synchronization

/// Signals as an async sequence, for the headless collector: SIGINT/SIGTERM stop it, SIGHUP reloads the config.
/// The signals' default actions are turned off first, so they arrive here instead of ending the process.
enum SignalStream {
    static func make(_ signals: [Int32]) -> AsyncStream<Int32> {
        AsyncStream { continuation in
            let sources = signals.map { number in
                Foundation.signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { continuation.yield(number) }
                source.resume()
                return source
            }
            // Dispatch sources are not Sendable; the mutex hands them to whichever thread ends the stream.
            let held = Mutex(sources)
            continuation.onTermination = { _ in held.withLock { for source in $0 { source.cancel() } } }
        }
    }
}
