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
}
