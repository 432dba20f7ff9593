import Logging

/// Runs one source for as long as its task lives: wait, run with a timeout, record health, repeat. Being one loop,
/// it can never start a run while the previous one is still going.
struct SourceRunner: Sendable {
    let config: SourceConfig
    let source: any DataSource
    let store: Store
    let intake: RecordIntake
    let clock: CollectorClock
    let timing: CollectorTiming
    let logger: Logger
    /// The collector's identity, given to plug-ins as `ONESCREEN_COLLECTOR`.
    let collector: String
    /// Whether the lease still covers this moment; a run starts only while it does.
    let window: LeaseWindow

    /// The timeout's timer re-checks at least this far apart while an ingest (not counted) is under way.
    static let minimumTimerSeconds = 0.05

    /// How much of a run's first problem the Sources page shows.
    static let errorShownCharacters = 300

    func loop() async {
        if case .exec(let settings) = config.settings, settings.stream != nil {
            await streamLoop()
            return
        }
        var schedule = SourceSchedule(interval: config.interval, maxBackoff: timing.maxBackoff)
        var checkpoint = (try? store.checkpoint(source: config.name)) ?? nil
        var delay = schedule.firstDelay()
        await recordStart(nextRunIn: delay)
        while !Task.isCancelled {
            guard await waitForTurn(after: delay) else { return }
            let started = clock.now()
            let (outcome, report) = await runOnce(checkpoint: checkpoint)
            if outcome == .cancelled && Task.isCancelled { return }
            var done = change(.ok)
            done.lastRun = started
            done.accepted = report.summary.accepted
            done.rejected = report.summary.rejected
            switch outcome {
            case .finished(let next):
                done.lastSuccess = clock.now()
                if report.summary.unreadable > 0 || (report.summary.rejected > 0 && report.summary.accepted == 0 && report.summary.duplicates == 0) {
                    done.state = .failing
                }
                if let first = report.problems.first {
                    let rejected = report.summary.rejected
                    let what = rejected > 0 ? (rejected == 1 ? "1 row rejected; first: " : "\(rejected) rows rejected; first: ") : ""
                    done.lastError = Self.shorten(what + first.description)
                }
                if next != checkpoint {
                    do { try await store.setCheckpoint(source: config.name, next) } catch {
                        logger.error("cannot save checkpoint", metadata: ["source": "\(config.name)", "error": "\(error)"])
                    }
                    checkpoint = next
                }
            case .failed(let reason):
                done.state = .failing
                done.lastError = Self.shorten(reason)
            case .timedOut:
                done.state = .failing
                done.lastError = "timed out after \(ConfigDuration.text(config.timeout))"
            case .cancelled:
                done.state = .failing
                done.lastError = "cancelled"
            }
            // Kept apart: a later "still running" must not replace why the runs failed.
            if done.state == .failing { done.lastFailure = done.lastError }
            log(outcome, report, error: done.lastError)
            let succeeded = done.state != .failing
            let failedBefore = schedule.failures
            delay = schedule.delay(afterSuccess: succeeded)
            done.failedRuns = schedule.failures
            done.nextRun = clock.now().adding(seconds: delay.secondsValue)
            await record(done)
            // Only a failing streak, or its end, can change what the system rules find: a healthy source running
            // every second must not add a write to every run.
            if failedBefore > 0 || schedule.failures > 0 { await judgeSystemRules() }
        }
    }

    /// Judges the built-in system rules (a source failing, silent or lagging) at once after its health changed,
    /// rather than at the next timed pass: a source down should page within seconds.
    func judgeSystemRules() async {
        do { try await intake.evaluateSystemRules(now: clock.now()) } catch is CancellationError {
        } catch {
            logger.error("cannot judge the system alert rules", metadata: ["source": "\(config.name)", "error": "\(error)"])
        }
    }

    /// One run, bounded by the timeout; marks the source late if it is still running when the next run was due.
    func runOnce(checkpoint: String?) async -> (RunOutcome, IngestReport) {
        let tally = RunTally()
        let rejects = RejectBudget()
        let name = config.name
        let doors = ingestDoors(tally, rejects)
        let context = SourceRunContext(
            name: name, timeout: config.timeout, checkpoint: checkpoint,
            environment: ["ONESCREEN_SOURCE": name, "ONESCREEN_COLLECTOR": collector], now: clock.now,
            ingest: doors.async, ingestBlocking: doors.blocking)
        let source = self.source
        let clock = self.clock
        let outcome = await withTaskGroup(of: RunOutcome?.self) { group in
            group.addTask {
                do { return .finished(checkpoint: try await source.run(context)) }
                catch is CancellationError { return .cancelled }
                catch { return .failed("\(error)") }
            }
            group.addTask {
                let started = clock.now()
                let budget = (config.timeout + CollectorTiming.timeoutGrace).secondsValue
                while true {
                    let now = clock.now()
                    let left = budget - (now.seconds(since: started) - tally.ingestSeconds(at: now))
                    if left <= 0 { return .timedOut }
                    do { try await clock.sleep(.milliseconds(Int64(max(left, Self.minimumTimerSeconds) * 1000))) } catch { return nil }
                }
            }
            if config.interval < config.timeout {
                group.addTask {
                    do { try await clock.sleep(config.interval) } catch { return nil }
                    var late = change(.late)
                    late.lastError = "still running after \(ConfigDuration.text(config.interval))"
                    await record(late)
                    return nil
                }
            }
            var outcome = RunOutcome.cancelled
            for await next in group {
                guard let next else { continue }
                outcome = next
                break
            }
            // Waits for the run itself to end: a source that ignores cancellation delays its next run, never
            // overlaps it.
            group.cancelAll()
            return outcome
        }
        return (outcome, tally.total)
    }

    /// A run's two ingest doors (see `SourceRunContext`); both count their time on `tally`, since time waiting for
    /// the store is not the source's and does not count against its timeout.
    func ingestDoors(_ tally: RunTally, _ rejects: RejectBudget)
        -> (async: @Sendable (IngestInput) async -> IngestReport, blocking: @Sendable (IngestInput) -> IngestReport) {
        let name = config.name, intake = self.intake, clock = self.clock
        return ({ input in
            tally.beginIngest(at: clock.now())
            let report = await intake.ingest(input, source: name, rejects: rejects)
            tally.endIngest(report, at: clock.now())
            return report
        }, { input in
            tally.beginIngest(at: clock.now())
            let report = intake.ingestBlocking(input, source: name, rejects: rejects)
            tally.endIngest(report, at: clock.now())
            return report
        })
    }

    /// The health row a source starts with: fine, its first run due after `delay`.
    func recordStart(nextRunIn delay: Duration, stream: SourceStatus.Stream? = nil) async {
        var first = change(.ok)
        first.nextRun = clock.now().adding(seconds: delay.secondsValue)
        first.stream = stream
        await record(first)
    }

    /// Sleeps `delay`, then on while the lease does not cover this process (it may have passed to another one; the
    /// collector renews it or stops us), a renewal at a time. False when the source was stopped meanwhile.
    func waitForTurn(after delay: Duration) async -> Bool {
        var wait = delay
        while true {
            do { try await clock.sleep(wait) } catch { return false }
            if window.covers(clock.now()) { return true }
            wait = timing.renewEvery
        }
    }

    func change(_ state: SourceStatus.State) -> SourceHealthChange {
        SourceHealthChange(name: config.name, kind: config.kind, state: state)
    }

    func record(_ change: SourceHealthChange) async {
        do { try await store.recordHealth(change) } catch is CancellationError {
        } catch {
            logger.error("cannot record source health", metadata: ["source": "\(config.name)", "error": "\(error)"])
        }
    }

    func log(_ outcome: RunOutcome, _ report: IngestReport, error: String?) {
        let metadata: Logger.Metadata = [
            "source": "\(config.name)", "accepted": "\(report.summary.accepted)", "rejected": "\(report.summary.rejected)",
            "duplicates": "\(report.summary.duplicates)",
        ]
        switch outcome {
        case .finished where report.isClean: logger.debug("run finished", metadata: metadata)
        case .finished: logger.notice("run finished with rejected rows: \(error ?? "")", metadata: metadata)
        default: logger.warning("run failed: \(error ?? "")", metadata: metadata)
        }
        for problem in report.problems.prefix(Self.problemsLogged) { logger.info("\(problem)", metadata: ["source": "\(config.name)"]) }
    }

    /// The log gets the first problems of each run; the store's rejects have them all.
    static let problemsLogged = 20

    static func shorten(_ text: String) -> String {
        text.count <= errorShownCharacters ? text : String(text.prefix(errorShownCharacters - 1)) + "…"
    }
}
