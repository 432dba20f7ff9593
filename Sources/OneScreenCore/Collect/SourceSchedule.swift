/// When a source runs next: its interval with jitter, stretched exponentially after consecutive failures.
struct SourceSchedule: Sendable {
    let interval: Duration
    let maxBackoff: Duration
    private(set) var failures = 0

    init(interval: Duration, maxBackoff: Duration) {
        self.interval = interval
        self.maxBackoff = maxBackoff
    }

    /// A random moment within the start spread, so a restart does not run every source at once.
    func firstDelay() -> Duration {
        .milliseconds(Int64.random(in: 0..<max(1, min(interval, CollectorTiming.startSpread).milliseconds)))
    }

    mutating func delay(afterSuccess succeeded: Bool) -> Duration {
        failures = succeeded ? 0 : failures + 1
        var wait = interval
        if failures > 0 {
            // Never shorter than the interval, never longer than the cap (unless the interval itself is longer).
            let factor = Double(1 << min(failures, 20))
            wait = min(interval * factor, max(maxBackoff, interval))
        }
        let jitter = Double.random(in: -CollectorTiming.jitterFraction...CollectorTiming.jitterFraction)
        return wait + wait * jitter
    }
}
