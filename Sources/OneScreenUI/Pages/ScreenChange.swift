import OneScreenCore

/// When the clock alone next changes what a page shows, so an idle dashboard sleeps until then instead of waking on
/// a timer: the header clock's minute, the text of the data's age in the status bar (and its turning stale), a wall
/// screen's countdown to its next page, and its alert banner's blink and end. Everything else on a screen changes
/// only with new data, a key or a resize, which wake the loop by themselves.
public struct ScreenChange: Sendable, Equatable {
    public var utcOffset: Int
    public var freshness: DataFreshness?
    public var rotation: RotationStatus?
    /// When the banner's alerts were noticed; nil when no banner is up.
    public var bannerSince: Instant?

    public init(utcOffset: Int, freshness: DataFreshness?, rotation: RotationStatus? = nil, bannerSince: Instant? = nil) {
        self.utcOffset = utcOffset
        self.freshness = freshness
        self.rotation = rotation
        self.bannerSince = bannerSince
    }

    /// The first instant after `now` at which a frame composed then may differ from one composed at `now`.
    public func next(after now: Instant) -> Instant {
        var candidates = [Self.nextMinute(after: now, utcOffset: utcOffset)]
        if let newest = freshness?.newestReading {
            candidates.append(Self.nextAgeText(since: newest, at: now))
            let stale = newest.adding(seconds: DataFreshness.staleAfterSeconds + 0.001)
            if stale > now { candidates.append(stale) }
        }
        if let rotation, let left = rotation.secondsLeft {
            candidates.append(Self.nextCountdownText(due: now.adding(seconds: left), at: now))
        }
        if let since = bannerSince { candidates.append(Self.nextBannerChange(since: since, at: now)) }
        return candidates.min()!
    }

    /// The header clock shows hours and minutes at `utcOffset`.
    static func nextMinute(after now: Instant, utcOffset: Int) -> Instant {
        let local = now.millis + Int64(utcOffset) * 1000
        let intoMinute = (local % 60_000 + 60_000) % 60_000
        return Instant(millis: now.millis - intoMinute + 60_000)
    }

    /// An age counted up from `since`, in `DisplayFormat.duration`'s units: seconds under a minute, minutes under a
    /// day (hours and minutes), hours after.
    static func nextAgeText(since: Instant, at now: Instant) -> Instant {
        let elapsed = max(0, now.millis - since.millis)
        let unit = unitMillis(seconds: elapsed / 1000)
        return Instant(millis: since.millis + (elapsed / unit + 1) * unit)
    }

    /// A countdown to `due`, shown rounded up to whole seconds in the same units; the page itself changes at `due`.
    static func nextCountdownText(due: Instant, at now: Instant) -> Instant {
        let left = due.millis - now.millis
        guard left > 0 else { return now }
        let shown = (left + 999) / 1000
        let unit = unitMillis(seconds: shown) / 1000
        // The text stays until the seconds left, rounded up, fall below the shown unit's last whole step.
        let stays = unit * (shown / unit) - 1
        return Instant(millis: due.millis - stays * 1000)
    }

    /// The banner blinks every second for its first seconds and goes after `AlertBanner.showSeconds`.
    static func nextBannerChange(since: Instant, at now: Instant) -> Instant {
        let age = now.millis - since.millis
        guard age >= 0 else { return since }
        if age < Int64(AlertBanner.blinkSeconds * 1000) { return Instant(millis: since.millis + (age / 1000 + 1) * 1000) }
        let end = since.adding(seconds: AlertBanner.showSeconds)
        return end > now ? end : Instant(millis: Int64.max)
    }

    private static func unitMillis(seconds: Int64) -> Int64 {
        seconds < 60 ? 1000 : seconds < 86_400 ? 60_000 : 3_600_000
    }
}
