extension SourceRunner {
    /// The first restart of a stream that ended waits this; each further failure in a row doubles the wait, up
    /// to the collector's maximum backoff. A stream that delivered lines before it ended starts over at this.
    static let streamFirstRestart = Duration.seconds(1)

    /// Runs a stream (`stream: true`) for as long as the task lives: start it, record how it goes while it runs,
    /// and when it ends — it exited, or fell silent for its idle timeout — record why and restart it with backoff.
    /// There is no per-run timeout: a stream is meant to run for ever.
    func streamLoop() async {
        var schedule = SourceSchedule(interval: Self.streamFirstRestart, maxBackoff: timing.maxBackoff)
        var restarts = 0
        var delay = schedule.firstDelay()
        await recordStart(nextRunIn: delay, stream: SourceStatus.Stream(since: nil, linesPerSecond: 0, restarts: 0))
        while !Task.isCancelled {
            guard await waitForTurn(after: delay) else { return }
            let started = clock.now()
            let (outcome, delivered, report) = await runStream(restarts: restarts)
            if outcome == .cancelled && Task.isCancelled { return }
            // Lines delivered show it worked: the failures before this end no longer count in a row.
            if delivered { _ = schedule.delay(afterSuccess: true) }
            delay = schedule.delay(afterSuccess: false)
            restarts += 1
            var done = change(.failing)
            done.lastRun = started
            switch outcome {
            case .failed(let reason): done.lastError = Self.shorten(reason)
            case .finished: done.lastError = "the stream ended"
            case .timedOut, .cancelled: done.lastError = "stopped"
            }
            done.failedRuns = schedule.failures
            done.lastFailure = done.lastError
            done.stream = SourceStatus.Stream(since: nil, linesPerSecond: 0, restarts: restarts)
            done.nextRun = clock.now().adding(seconds: delay.secondsValue)
            log(outcome, report, error: done.lastError)
            await record(done)
            await judgeSystemRules()
        }
    }

    /// One life of the stream's process. Returns how it ended, whether it delivered any line, and what it stored.
    private func runStream(restarts: Int) async -> (RunOutcome, Bool, IngestReport) {
        let tally = RunTally()
        let name = config.name
        let (reports, sink) = AsyncStream.makeStream(of: StreamProgress.self, bufferingPolicy: .bufferingNewest(16))
        // Reports are recorded in order, and all of them before the run's end is: a late "streaming" must never
        // overwrite the "failing" that follows it.
        let recorder = Task { [self] in
            var counted = IngestSummary()
            var lines = 0
            var lag: String?
            for await progress in reports {
                let total = tally.total.summary
                var running = change(.ok)
                running.accepted = total.accepted - counted.accepted
                running.rejected = total.rejected - counted.rejected
                counted = total
                let news = progress.lines > lines
                // Its first line proves this start worked: the failures before it no longer count in a row.
                let proven = news && lines == 0
                if news { running.lastSuccess = clock.now() }
                if proven { running.failedRuns = 0 }
                lines = progress.lines
                running.stream = SourceStatus.Stream(since: progress.since, linesPerSecond: progress.linesPerSecond,
                                                     restarts: restarts, lag: progress.lag)
                // Due again within two reports; a collector that died stops them, and the stream then shows late.
                running.nextRun = clock.now().adding(seconds: 2 * StreamingExecSource.reportEvery.secondsValue)
                await record(running)
                // The source-failing alert may resolve, the ingest-lag alert fire or resolve.
                if proven || progress.lag != lag { await judgeSystemRules() }
                lag = progress.lag
            }
            return (lines > 0, counted)
        }
        let doors = ingestDoors(tally, RejectBudget())
        let context = SourceRunContext(
            name: name, timeout: .zero, checkpoint: nil,
            environment: ["ONESCREEN_SOURCE": name, "ONESCREEN_COLLECTOR": collector], now: clock.now,
            ingest: doors.async, report: { sink.yield($0) }, ingestBlocking: doors.blocking)
        let outcome: RunOutcome
        do {
            outcome = .finished(checkpoint: try await source.run(context))
        } catch is CancellationError {
            outcome = .cancelled
        } catch {
            outcome = .failed("\(error)")
        }
        sink.finish()
        let (delivered, counted) = await recorder.value
        // What the last batches stored after the last report.
        let total = tally.total.summary
        if total.accepted > counted.accepted || total.rejected > counted.rejected {
            var rest = change(.ok)
            rest.accepted = total.accepted - counted.accepted
            rest.rejected = total.rejected - counted.rejected
            rest.lastSuccess = clock.now()
            // Recorded also when the collector is stopping (the task cancelled): these rows were stored.
            await Task { await record(rest) }.value
        }
        return (outcome, delivered || total.accepted > 0, tally.total)
    }
}
