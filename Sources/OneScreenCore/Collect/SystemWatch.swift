import Foundation
import Logging
import Synchronization

/// Judges the system alert rules from a process that does not collect: a dashboard watching a store that an
/// `onescreen collect` elsewhere fills. When that collector dies without a successor, nobody else is left to say so:
/// the `collector-lease` alert is raised here (and resolved by the next collector, which judges the same rules).
///
/// ```swift
/// let watch = SystemWatch(store: store, config: config)
/// watch.start()
/// watch.stop()
/// ```
public final class SystemWatch: Sendable {
    private let engine: AlertEngine
    private let logger: Logger
    private let task = Mutex<Task<Void, Never>?>(nil)

    /// As often as the collector re-judges its timed rules.
    static let every = Duration.seconds(Int64(Collector.timedRulesEvery))

    public init(store: Store, config: Config, logger: Logger = Logger(label: "onescreen.system-watch")) {
        engine = AlertEngine(store: store, rules: config.alertRules, hooks: config.alertHooks, utcOffset: UTCOffset.current())
        self.logger = logger
    }

    public func start(clock: CollectorClock = .system) {
        let engine = self.engine, logger = self.logger
        replace(Task.detached {
            while !Task.isCancelled {
                do { try engine.evaluateSystem(now: clock.now()) } catch {
                    logger.error("cannot judge the system alert rules", metadata: ["error": "\(error)"])
                }
                do { try await clock.sleep(Self.every) } catch { return }
            }
        })
    }

    public func stop() { replace(nil) }

    private func replace(_ new: Task<Void, Never>?) {
        task.withLock { running in
            running?.cancel()
            running = new
        }
    }
}
