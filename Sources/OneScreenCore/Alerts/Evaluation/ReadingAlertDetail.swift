/// What a reading alert keeps besides its message, for the detail view and hooks: when it fired, its worst
/// moment and the values there, which series it judged and the band it judged them against.
struct ReadingAlertDetail: Sendable, Equatable {
    var firedAt: Int64?
    var peakAt: Int64
    var peak: [Double]
    var series: [String]
    /// The band, for a condition judged against one.
    var min: Double?
    var max: Double?
    var utcOffset: Int

    init(_ episode: Episode, inputs: [SeriesInfo], band: (min: Double?, max: Double?)?, utcOffset: Int) {
        firedAt = episode.firedAt
        peakAt = episode.peak.time
        peak = episode.peak.values
        series = inputs.map(\.subject)
        min = band?.min
        max = band?.max
        self.utcOffset = utcOffset
    }

    /// Sorted keys, so the same episode always writes the same text and an unchanged alert is not rewritten.
    var json: String {
        var object: [String: JSONValue] = [
            "peak_at": .string(Instant(millis: peakAt).rfc3339(utcOffset: utcOffset)), "peak": .array(peak.map(JSONValue.number)),
            "series": .array(series.map(JSONValue.string)),
        ]
        if let firedAt { object["fired_at"] = .string(Instant(millis: firedAt).rfc3339(utcOffset: utcOffset)) }
        if let min { object["min"] = .number(min) }
        if let max { object["max"] = .number(max) }
        return JSONValue.object(object).text
    }
}
