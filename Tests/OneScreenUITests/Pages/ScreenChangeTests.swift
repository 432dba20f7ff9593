import OneScreenCore
import Testing
@testable import OneScreenUI

/// When an idle dashboard must wake to draw: the first instant the clock alone changes what the screen shows.
struct ScreenChangeTests {
    /// 2026-11-23 08:05:30.250 at UTC+8.
    static let now = Instant(millis: 1_795_392_330_250)
    static let offset = 8 * 3600

    /// (age, seconds until its text changes)
    static let ages: [(Double, Double)] = [(45.5, 0.5), (190, 50), (184_800, 2400)]
    /// (seconds left, seconds until the countdown's text changes)
    static let countdowns: [(Double, Double)] = [(12.3, 0.3), (59.5, 0.5), (60, 1), (90.5, 31.5), (0.4, 0.4)]

    static func at(_ seconds: Double) -> Instant { now.adding(seconds: seconds) }

    @Test("with nothing but the header clock, the next minute at the screen's offset")
    func clockMinute() {
        let next = ScreenChange(utcOffset: Self.offset, freshness: nil).next(after: Self.now)
        #expect(next == Self.at(29.75))
        #expect(DisplayFormat(.en).clock(next, utcOffset: Self.offset) != DisplayFormat(.en).clock(Self.now, utcOffset: Self.offset))
        // An offset of a whole number of minutes that is not of hours moves the same boundary.
        #expect(ScreenChange(utcOffset: 5 * 3600 + 45 * 60, freshness: nil).next(after: Self.now) == Self.at(29.75))
    }

    @Test("the data's age: each second under a minute, each minute under a day, each hour after",
          arguments: ScreenChangeTests.ages)
    func dataAge(age: Double, wait: Double) {
        #expect(ScreenChange.nextAgeText(since: Self.at(-age), at: Self.now) == Self.at(wait))
        let freshness = DataFreshness(newestReading: Self.at(-age), lastWrite: nil)
        #expect(ScreenChange(utcOffset: Self.offset, freshness: freshness).next(after: Self.now) == Self.at(min(wait, 29.75)))
        let format = DisplayFormat(.en)
        let shown = format.duration(seconds: Self.now.seconds(since: Self.at(-age)))
        #expect(format.duration(seconds: Self.at(wait - 0.001).seconds(since: Self.at(-age))) == shown)
        #expect(format.duration(seconds: Self.at(wait).seconds(since: Self.at(-age))) != shown)
    }

    @Test("the age turns stale just after a quarter of an hour, at the minute its text changes")
    func turnsStale() {
        let newest = Self.at(-(DataFreshness.staleAfterSeconds - 10))
        let next = ScreenChange(utcOffset: 0, freshness: DataFreshness(newestReading: newest, lastWrite: nil)).next(after: Self.now)
        #expect(next == Self.at(10))
        #expect(!DataFreshness(newestReading: newest, lastWrite: nil).isStale(at: Self.at(10)))
        let afterText = ScreenChange(utcOffset: 0, freshness: DataFreshness(newestReading: newest, lastWrite: nil)).next(after: Self.at(10))
        #expect(afterText == Self.at(10.001))
        #expect(DataFreshness(newestReading: newest, lastWrite: nil).isStale(at: afterText))
    }

    @Test("a wall screen's countdown changes its text each second in its last minute, each minute before, and the page at its time",
          arguments: ScreenChangeTests.countdowns)
    func countdown(left: Double, wait: Double) {
        let due = Self.at(left)
        #expect(ScreenChange.nextCountdownText(due: due, at: Self.now) == Self.at(wait))
        let format = DisplayFormat(.en)
        let shown = format.duration(seconds: left.rounded(.up))
        let before = due.seconds(since: Self.at(wait - 0.001)).rounded(.up)
        #expect(format.duration(seconds: before) == shown)
        let rotation = RotationStatus(pages: [.overview, .quality], index: 0, secondsLeft: left)
        #expect(ScreenChange(utcOffset: 0, freshness: nil, rotation: rotation).next(after: Self.now) == Self.at(min(wait, 29.75)))
    }

    @Test("an alert banner blinks each second for its first seconds, then holds until it goes")
    func banner() {
        #expect(ScreenChange.nextBannerChange(since: Self.at(-3.2), at: Self.now) == Self.at(0.8))
        #expect(ScreenChange.nextBannerChange(since: Self.at(-20), at: Self.now) == Self.at(AlertBanner.showSeconds - 20))
        #expect(ScreenChange.nextBannerChange(since: Self.at(-61), at: Self.now) == Instant(millis: .max))
    }

    @Test("the page's status bar and header are the same until the computed instant, and differ at it")
    func matchesTheRenderedScreen() {
        let freshness = DataFreshness(newestReading: Self.at(-42.6), lastWrite: nil)
        var overview = OverviewSnapshot.empty(at: Self.now, utcOffset: Self.offset)
        overview.freshness = freshness
        var snapshot = PageSnapshot(now: Self.now, utcOffset: Self.offset, freshness: freshness, sources: [], content: .overview(overview))
        func screen(at instant: Instant) -> [String] {
            snapshot.now = instant
            if case .overview(var overview) = snapshot.content {
                overview.now = instant
                snapshot.content = .overview(overview)
            }
            return PageView(snapshot: snapshot, navigation: Navigation(), language: .en, role: "ops").screen(width: 160, height: 48, glyphs: .unicode).lines()
        }
        var now = Self.now
        for _ in 0..<5 {
            let next = ScreenChange(utcOffset: Self.offset, freshness: snapshot.freshness).next(after: now)
            let shown = screen(at: now)
            #expect(screen(at: Instant(millis: (now.millis + next.millis) / 2)) == shown)
            #expect(screen(at: Instant(millis: next.millis - 1)) == shown)
            #expect(screen(at: next) != shown)
            now = next
        }
    }
}
