import Testing
@testable import OneScreenCore

/// How a window (after, through] is split between hour rollups, minute rollups and raw readings.
@Suite struct RollupPlanTests {
    static let minute: Int64 = 60_000, hour: Int64 = 3_600_000
    /// An hour boundary: 2026-11-23T10:00:00+08:00.
    static let h = Int64(1_795_392_000 + 2 * 3600) * 1000

    typealias Piece = RollupPlan.Piece

    @Test func aWindowOfWholeHoursIsItsHourBuckets() {
        let plan = RollupPlan(after: Self.h - 24 * Self.hour, through: Self.h, horizons: .none)
        #expect(plan.pieces == [Piece(source: .hour, after: Self.h - 24 * Self.hour, through: Self.h, hourEnd: nil)])
    }

    @Test func raggedEndsAreReadRaw() {
        let h = Self.h
        // 09:58:30 → 12:01:15
        let plan = RollupPlan(after: h - 90_000, through: h + 2 * Self.hour + 75_000, horizons: .none)
        #expect(plan.pieces == [
            Piece(source: .raw, after: h - 90_000, through: h, hourEnd: h),
            Piece(source: .hour, after: h, through: h + 2 * Self.hour, hourEnd: nil),
            Piece(source: .raw, after: h + 2 * Self.hour, through: h + 2 * Self.hour + 75_000, hourEnd: h + 3 * Self.hour),
        ])
    }

    @Test(arguments: [(0, 1), (1, 59_999), (-1, 61_000), (-3_600_000, 1), (-90_000, 7_200_001), (12_345, 86_400_000 + 54_321), (5, 3_599_999)] as [(Int64, Int64)])
    func piecesTileTheWindowAndEachLiesInItsHour(start: Int64, length: Int64) {
        let after = Self.h + start, through = after + length
        let pieces = RollupPlan(after: after, through: through, horizons: .none).pieces.sorted { $0.after < $1.after }
        #expect(pieces.first?.after == after)
        #expect(pieces.last?.through == through)
        for (a, b) in zip(pieces, pieces.dropFirst()) { #expect(a.through == b.after, "\(a) then \(b)") }
        for piece in pieces {
            #expect(piece.after < piece.through)
            if let end = piece.hourEnd { #expect(piece.after >= end - Self.hour && piece.through <= end, "\(piece)") }
            if piece.source == .hour { #expect(piece.after % Self.hour == 0 && piece.through % Self.hour == 0, "\(piece)") }
        }
    }

    @Test func wherePrunedTheEndsWidenToWholeMinutesOrHours() {
        let (h, m) = (Self.h, Self.minute)
        // 07:59:30 → 09:00:15, raw readings gone through 09:00 and minute rollups through 08:00.
        let plan = RollupPlan(after: h - 2 * Self.hour - 30_000, through: h - Self.hour + 15_000,
                              horizons: RetentionHorizons(raw: h - Self.hour, minute: h - 2 * Self.hour))
        #expect(plan.pieces == [
            Piece(source: .hour, after: h - 3 * Self.hour, through: h - 2 * Self.hour, hourEnd: nil),
            Piece(source: .hour, after: h - 2 * Self.hour, through: h - Self.hour, hourEnd: nil),
            Piece(source: .raw, after: h - Self.hour, through: h - Self.hour + 15_000, hourEnd: h),
        ])
        // 08:59:30 → 09:30:15 with raw readings gone through 10:00: minutes, and raw rows that arrived since.
        let minutes = RollupPlan(after: h - Self.hour - 30_000, through: h - Self.hour / 2 + 15_000,
                                 horizons: RetentionHorizons(raw: h, minute: nil))
        #expect(minutes.pieces == [
            Piece(source: .minute, after: h - Self.hour - m, through: h - Self.hour, hourEnd: h - Self.hour),
            Piece(source: .raw, after: h - Self.hour - m, through: h - Self.hour, hourEnd: h - Self.hour),
            Piece(source: .minute, after: h - Self.hour, through: h - Self.hour / 2 + m, hourEnd: h),
            Piece(source: .raw, after: h - Self.hour, through: h - Self.hour / 2 + m, hourEnd: h),
        ])
    }

    @Test func withoutExtremesAnEndIsItsHourLessTheRestWhenTheRestIsShorter() {
        let h = Self.h
        // 09:50:00 → 11:40:00: each end's rest is 20 minutes against 40 read.
        let plan = RollupPlan(after: h - Self.hour / 6, through: h + Self.hour + 2 * Self.hour / 3, horizons: .none, extremes: false)
        #expect(plan.pieces == [
            Piece(source: .raw, after: h - Self.hour / 6, through: h, hourEnd: h),
            Piece(source: .hour, after: h, through: h + Self.hour, hourEnd: nil),
            Piece(source: .hour, after: h + Self.hour, through: h + 2 * Self.hour, hourEnd: h + 2 * Self.hour),
            Piece(source: .raw, after: h + Self.hour + 2 * Self.hour / 3, through: h + 2 * Self.hour, hourEnd: h + 2 * Self.hour, taken: true),
        ])
        // 09:20:00 → 10:30:00: the oldest end is read as its hour less 09:00 → 09:20; the newest has a tie and reads
        // its rest, which on a live screen is the future.
        let tie = RollupPlan(after: h - 2 * Self.hour / 3, through: h + Self.hour / 2, horizons: .none, extremes: false)
        #expect(tie.pieces == [
            Piece(source: .hour, after: h - Self.hour, through: h, hourEnd: h),
            Piece(source: .raw, after: h - Self.hour, through: h - 2 * Self.hour / 3, hourEnd: h, taken: true),
            Piece(source: .hour, after: h, through: h + Self.hour, hourEnd: h + Self.hour),
            Piece(source: .raw, after: h + Self.hour / 2, through: h + Self.hour, hourEnd: h + Self.hour, taken: true),
        ])
    }

    /// Whatever the window, the pieces added less the pieces taken cover each instant of it once and nothing else,
    /// each within its hour, and no end reads more than half an hour of raw readings.
    @Test(arguments: [(0, 1), (1, 59_999), (-1, 61_000), (-3_600_000, 1), (-90_000, 7_200_001), (12_345, 86_400_000 + 54_321),
                      (5, 3_599_999), (1_800_000, 86_400_000), (1_799_999, 86_400_002), (600_000, 1_200_000)] as [(Int64, Int64)])
    func withoutExtremesThePiecesCoverTheWindowOnce(start: Int64, length: Int64) {
        let after = Self.h + start, through = after + length
        let pieces = RollupPlan(after: after, through: through, horizons: .none, extremes: false).pieces
        let bounds = Set(pieces.flatMap { [$0.after, $0.through] } + [after, through]).sorted()
        for (a, b) in zip(bounds, bounds.dropFirst()) {
            let cover = pieces.filter { $0.after <= a && b <= $0.through }.reduce(0) { $0 + ($1.taken ? -1 : 1) }
            #expect(cover == (after <= a && b <= through ? 1 : 0), "(\(a), \(b)]")
        }
        for piece in pieces {
            #expect(piece.after < piece.through)
            if let end = piece.hourEnd { #expect(piece.after >= end - Self.hour && piece.through <= end, "\(piece)") }
            if piece.source == .raw { #expect(piece.through - piece.after <= Self.hour / 2, "\(piece)") }
        }
    }

    @Test func wherePrunedTheEndsAreReadAsWithExtremes() {
        let h = Self.h
        for horizons in [RetentionHorizons(raw: h, minute: nil), RetentionHorizons(raw: h, minute: h)] {
            let (after, through) = (h - Self.hour - 30_000, h - Self.hour / 2 + 15_000)
            #expect(RollupPlan(after: after, through: through, horizons: horizons, extremes: false)
                == RollupPlan(after: after, through: through, horizons: horizons))
        }
    }
}
