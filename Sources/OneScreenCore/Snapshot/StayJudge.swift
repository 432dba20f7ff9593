/// Judges a series' readings over a lot's stay against one standard the way its alert rule would: a run out of band
/// is a breach once it has lasted longer than the standard's hold (with the rule's resolve hold joining runs that
/// dither on a limit), and a shorter run is only noted. So the trace calls a breach what the alerts call one, and a
/// door opened for a minute at loading is not a breached transport.
struct StayJudge {
    let standard: Standard
    private let rule: AlertRule
    private let band: BandCondition

    init(standard: Standard) {
        self.standard = standard
        rule = AlertRule(standard: standard)
        band = BandCondition(metric: Glob(standard.metric), stage: standard.stage, min: standard.min, max: standard.max,
                             hold: rule.hold)
    }

    /// The breaches among `points` (one series, oldest first) and how many shorter runs out of band there were.
    func judge(_ points: [SeriesPoint]) -> (breaches: [StayBreach], brief: Int) {
        var walker = EpisodeWalker(hold: rule.hold, resolveAfter: rule.effectiveResolveAfter, clipped: false)
        var runs: [ClosedRange<Int64>] = []
        var runStart: Int64?
        var runEnd: Int64 = 0
        for point in points {
            let excess = band.excess(point.value)
            walker.feed(JudgedPoint(time: point.time, violating: excess > 0, excess: excess, values: [point.value]))
            if excess > 0 {
                if runStart == nil { runStart = point.time }
                runEnd = point.time
            } else if let start = runStart {
                runs.append(start...runEnd)
                runStart = nil
            }
        }
        if let runStart { runs.append(runStart...runEnd) }
        let fired = walker.episodes.filter { $0.firedAt != nil }
        let breaches = fired.map { episode in
            StayBreach(standard: standard.name, level: rule.level, start: Instant(millis: episode.start),
                       end: Instant(millis: episode.lastViolation), peak: episode.peak.values[0])
        }
        let brief = runs.filter { run in !fired.contains { $0.start <= run.upperBound && $0.lastViolation >= run.lowerBound } }.count
        return (breaches, brief)
    }

    /// The standard's hold as judged (at most `AlertLimits.maxHold`), in seconds.
    var holdSeconds: Int { Int(rule.hold.components.seconds) }
}
