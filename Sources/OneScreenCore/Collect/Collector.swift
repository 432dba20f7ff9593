import Foundation
import Logging

/// Runs the configured sources of one store — but only while this process holds the store's collector lease, so
/// any number of dashboards and `onescreen collect` processes can share a store and exactly one of them collects.
/// The others keep trying to take the lease and step in within `expiresAfter + renewEvery` when the holder dies.
///
/// ```swift
/// let collector = Collector(config: config, store: store)
/// await collector.start()          // returns at once; sources run on background tasks
/// await collector.reload(newConfig) // on SIGHUP, after ConfigLoader.load succeeded
/// await collector.stop()           // stops sources, gives the lease up
/// ```
public actor Collector {
    /// Who this collector is in the lease row and to plug-ins: host, process and a random part (pids are reused).
    public nonisolated let identity: String
    private var config: Config
    private let store: Store
    private let clock: CollectorClock
    private let timing: CollectorTiming
    private let logger: Logger
    private let intake: RecordIntake
    private let executor = CollectorExecutor()
    private let window = LeaseWindow()
    private var leaseTask: Task<Void, Never>?
    private var runners: [String: (config: SourceConfig, task: Task<Void, Never>)] = [:]
    /// The retention pass under way, if any.
    private var pruneTask: Task<Void, Never>?
    /// Sources outlive a lease change so a file tail keeps its open file; a changed config makes them anew.
    private var sources: [String: (config: SourceConfig, source: any DataSource)] = [:]
    /// Whether this process holds the lease and runs the sources.
    public private(set) var isCollecting = false

    /// - Parameter reporter: writes the `report` of hook calls (the screen side draws it); nil: reports are null.
    public init(config: Config, store: Store, clock: CollectorClock = .system, timing: CollectorTiming = .standard,
                logger: Logger = Logger(label: "onescreen.collector"), reporter: (any AlertReporting)? = nil) {
        self.config = config
        self.store = store
        self.clock = clock
        self.timing = timing
        self.logger = logger
        let alerts = AlertEngine(store: store, rules: config.alertRules, hooks: config.alertHooks, utcOffset: UTCOffset.current(),
                                 reporter: reporter)
        intake = RecordIntake(store: store, alerts: alerts, ownership: RecordOwnership(sources: config.sources), now: clock.now)
        identity = "\(ProcessInfo.processInfo.hostName):\(getpid()):\(UUID().uuidString.prefix(8))"
    }

    /// Starts competing for the lease; returns at once.
    public func start() {
        guard leaseTask == nil else { return }
        logger.info("collector starting", metadata: ["collector": "\(identity)", "sources": "\(config.sources.count)"])
        leaseTask = Task(executorPreference: executor) { await self.holdLease() }
    }

    /// Stops every source (killing running plug-ins), and gives the lease up so another process takes over at once.
    public func stop() async {
        leaseTask?.cancel()
        await leaseTask?.value
        leaseTask = nil
        let held = isCollecting
        await stopSources()
        if held {
            do { try await store.releaseLease(holder: identity) } catch {
                logger.error("cannot release the lease; it expires by itself", metadata: ["error": "\(error)"])
            }
        }
        logger.info("collector stopped", metadata: ["collector": "\(identity)"])
    }

    /// Applies a new config: sources whose settings did not change keep running undisturbed (and keep their state);
    /// the others are stopped, started or restarted.
    public func reload(_ config: Config) async {
        self.config = config
        intake.use(RecordOwnership(sources: config.sources))
        logger.info("config reloaded", metadata: ["sources": "\(config.sources.count)"])
        guard isCollecting else { return }
        await applySources()
    }

    /// No-data and date rules are re-judged this often by the collecting process: a sensor silent for 10 minutes
    /// should page within a minute, and the queries are index probes.
    static let timedRulesEvery = 30.0

    /// Retention is counted in days: a pass this often finds ten minutes' worth of old rows, a few small batches.
    static let pruneEvery = 600.0

    private func holdLease() async {
        var heldUntil: Instant?
        var lastTimedRules: Instant?
        var lastPrune: Instant?
        while !Task.isCancelled {
            let now = clock.now()
            let expires = now.adding(seconds: timing.expiresAfter.secondsValue)
            do {
                let held = try await store.acquireLease(holder: identity, now: now, expires: expires)
                heldUntil = held ? expires : nil
                if held { window.extend(until: expires, margin: timing.renewEvery) } else { window.close() }
                if held && !isCollecting {
                    logger.notice("holding the collector lease; running sources", metadata: ["collector": "\(identity)"])
                    isCollecting = true
                    await applySources()
                } else if !held && isCollecting {
                    logger.warning("another process holds the collector lease; stopping sources")
                    await stopSources()
                }
                if isCollecting, lastTimedRules.map({ now.seconds(since: $0) >= Self.timedRulesEvery }) ?? true {
                    lastTimedRules = now
                    try await intake.evaluateTimedRules(now: now)
                }
                if isCollecting, pruneTask == nil, lastPrune.map({ now.seconds(since: $0) >= Self.pruneEvery }) ?? true {
                    lastPrune = now
                    startPruning(at: now)
                }
            } catch is CancellationError {
                return
            } catch {
                logger.error("cannot renew the collector lease or judge the timed alert rules", metadata: ["error": "\(error)"])
                // Stop before the lease can expire under us, so the next holder never overlaps with this one.
                if isCollecting, let until = heldUntil, clock.now().adding(seconds: timing.renewEvery.secondsValue) >= until {
                    await stopSources()
                }
            }
            do { try await clock.sleep(timing.renewEvery) } catch { return }
        }
    }

    /// Brings the running sources in line with the config.
    private func applySources() async {
        let wanted = Dictionary(config.sources.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for (name, runner) in runners where wanted[name] != runner.config || wanted[name]?.enabled == false {
            runner.task.cancel()
            await runner.task.value
            runners[name] = nil
        }
        for (name, entry) in sources where wanted[name] != entry.config { sources[name] = nil }
        do { try await store.forgetSources(except: config.sources.map(\.name)) } catch {
            logger.error("cannot forget removed sources", metadata: ["error": "\(error)"])
        }
        for source in config.sources where runners[source.name] == nil {
            guard source.enabled else {
                try? await store.recordHealth(SourceHealthChange(name: source.name, kind: source.kind, state: .disabled))
                continue
            }
            let made = sources[source.name]?.source ?? DataSourceRegistry.source(for: source)
            sources[source.name] = (source, made)
            let runner = SourceRunner(config: source, source: made, store: store, intake: intake, clock: clock, timing: timing,
                                      logger: logger, collector: identity, window: window)
            runners[source.name] = (source, Task(executorPreference: executor) { await runner.loop() })
        }
    }

    /// Runs a retention pass beside the lease loop, which must keep renewing while old rows go.
    private func startPruning(at now: Instant) {
        let retention = config.retention, intake = self.intake, logger = self.logger
        pruneTask = Task(executorPreference: executor) {
            do {
                let pruned = try await intake.prune(retention, now: now)
                if pruned.total > 0 {
                    logger.info("pruned old readings", metadata: [
                        "raw": "\(pruned.raw)", "minute": "\(pruned.minute)", "hour": "\(pruned.hour)"])
                }
            } catch {
                logger.error("cannot prune old readings", metadata: ["error": "\(error)"])
            }
            await self.pruningDone()
        }
    }

    private func pruningDone() { pruneTask = nil }

    private func stopSources() async {
        isCollecting = false
        let running = runners.values.map(\.task) + [pruneTask].compactMap { $0 }
        runners.removeAll()
        for task in running { task.cancel() }
        for task in running { await task.value }
    }
}
