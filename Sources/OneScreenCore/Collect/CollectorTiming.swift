/// How the collector lease and retries are paced.
public struct CollectorTiming: Sendable {
    /// How often the holder renews the lease (and a viewer tries to take it).
    public var renewEvery: Duration
    /// How long a lease lasts unrenewed: three renewals, so one slow write (a big ingest batch holding the write
    /// lock) does not lose it, and a dead holder is replaced within `expiresAfter + renewEvery`, under 10 s.
    public var expiresAfter: Duration
    /// Backoff after failures doubles the interval up to this: a source down for hours is still retried every few
    /// minutes, without hammering the machine or the remote end meanwhile.
    public var maxBackoff: Duration

    public init(renewEvery: Duration, expiresAfter: Duration, maxBackoff: Duration) {
        self.renewEvery = renewEvery
        self.expiresAfter = expiresAfter
        self.maxBackoff = maxBackoff
    }

    public static let standard = CollectorTiming(renewEvery: .seconds(2), expiresAfter: .seconds(6), maxBackoff: .seconds(300))

    /// Each wait is moved by up to this share of itself, so sources with equal intervals do not all run (and write)
    /// in the same instant, nor in lockstep with another collector's renewals.
    static let jitterFraction = 0.1
    /// A source's run may overrun its own timeout by this before the collector stops waiting: the exec source
    /// kills and reports precisely at its timeout, and this keeps the collector's cancellation from racing it.
    static let timeoutGrace = Duration.seconds(1)
    /// The first run of each source starts within this after the collector starts, spread out.
    static let startSpread = Duration.seconds(1)
}
