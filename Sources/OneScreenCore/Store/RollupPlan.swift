/// Where the readings of a window (after, through] are read from: whole hours from the hour rollups, and the ragged
/// ends (under an hour each) from raw readings. A day's window then costs a row per series and hour plus at most two
/// partial hours of readings, instead of every reading of the day.
///
/// Every piece but the run of whole hours lies inside one hour bucket, named by `hourEnd`, so that callers can add
/// pieces up by clock hour. Where retention has deleted raw readings the ends come from the minute rollups made of
/// them (and from raw readings that arrived since), widened to whole minutes; where it has deleted minutes too, from
/// whole hours. A window reaching back that far is answered to the minute, or the hour, rather than emptied.
struct RollupPlan: Equatable {
    enum Source: Equatable { case raw, minute, hour }

    struct Piece: Equatable {
        var source: Source
        var after: Int64
        var through: Int64
        /// The hour bucket the piece lies in; nil for the run of whole hours, whose rows name their own.
        var hourEnd: Int64?
        /// Readings to take back out of the hour piece of the same bucket, rather than add.
        var taken = false
    }

    let pieces: [Piece]

    /// - Parameter extremes: whether the reader needs each piece's lowest and highest, which cannot be taken back
    ///   out of an hour; without them only count, inside and sum are exact.
    init(after: Int64, through: Int64, horizons: RetentionHorizons, extremes: Bool = true) {
        var pieces: [Piece] = []
        func edge(_ after: Int64, _ through: Int64) {
            guard after < through else { return }
            pieces += Self.withinHour(after: after, through: through, horizons: horizons, extremes: extremes)
        }
        let hour = RollupLevel.hour
        let first = hour.ceiling(after), last = hour.floor(through)
        if first <= last {
            edge(after, first)
            if first < last { pieces.append(Piece(source: .hour, after: first, through: last, hourEnd: nil)) }
            edge(last, through)
        } else {
            edge(after, through)
        }
        self.pieces = pieces
    }

    /// The pieces of a stretch inside one hour bucket.
    private static func withinHour(after: Int64, through: Int64, horizons: RetentionHorizons, extremes: Bool) -> [Piece] {
        let hourEnd = RollupLevel.hour.ceiling(through), hourStart = hourEnd - RollupLevel.hour.width
        // Horizons fall on whole hours, so an hour bucket is either wholly kept or wholly pruned at each level.
        if let pruned = horizons.minute, hourEnd <= pruned {
            return [Piece(source: .hour, after: hourStart, through: hourEnd, hourEnd: nil)]
        }
        if let pruned = horizons.raw, hourEnd <= pruned {
            // Minutes hold the deleted readings; raw rows there arrived after the pass and are in no minute yet.
            let minute = RollupLevel.minute
            let (first, last) = (minute.floor(after), minute.ceiling(through))
            return [Piece(source: .minute, after: first, through: last, hourEnd: hourEnd),
                    Piece(source: .raw, after: first, through: last, hourEnd: hourEnd)]
        }
        // On a tie the rest is read: at the newest end of a live window it is the future, which holds no readings.
        let rest = [(hourStart, after), (through, hourEnd)].filter { $0.0 < $0.1 }
        guard !extremes, rest.reduce(0, { $0 + $1.1 - $1.0 }) <= through - after else {
            return [Piece(source: .raw, after: after, through: through, hourEnd: hourEnd)]
        }
        return [Piece(source: .hour, after: hourStart, through: hourEnd, hourEnd: hourEnd)]
            + rest.map { Piece(source: .raw, after: $0.0, through: $0.1, hourEnd: hourEnd, taken: true) }
    }
}
