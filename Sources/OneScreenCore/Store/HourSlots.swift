/// The slots of a compliance trend, a clock hour each over a day (`hoursEach` hours each over longer windows, see
/// `TimeRange.trendSlotHours`). For a 24-hour trend: `count` clock hours, the one holding `now` last (as far as it has gone), each the
/// rollup bucket (end - 1 h, end]. Clock hours rather than hours counted back from `now`, so that each is one rollup
/// row per series; when `now` is on the hour the two are the same. The trend's figure still covers exactly the last
/// 24 h: the part of the oldest hour that falls before the first slot counts in it without a slot of its own.
struct HourSlots {
    let lastEnd: Int64
    let count: Int
    /// Clock hours per slot, for trends over more than a day (see `TimeRange.trendSlotHours`).
    let hoursEach: Int

    init(endingAt now: Instant, count: Int, hoursEach: Int = 1) {
        lastEnd = RollupLevel.hour.ceiling(now.millis)
        self.count = count
        self.hoursEach = max(1, hoursEach)
    }

    /// The slots of a trend over `window`.
    init(endingAt now: Instant, window: TimeRange) {
        self.init(endingAt: now, count: window.trendSlots, hoursEach: window.trendSlotHours)
    }

    /// The slot of the hour bucket ending at `end`, oldest 0; nil for an hour before the first slot.
    func index(ofHourEnding end: Int64) -> Int? {
        let back = (lastEnd - end) / (RollupLevel.hour.width * Int64(hoursEach))
        guard end <= lastEnd, back < Int64(count) else { return nil }
        return count - 1 - Int(back)
    }
}
