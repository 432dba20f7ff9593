import Foundation

/// What a reading alert keeps besides its message, for the detail view and hooks: when it fired, its worst
/// moment and the values there, and which series it judged.
struct ReadingAlertDetail: Sendable, Equatable {
    var firedAt: Int64?
    var peakAt: Int64
    var peak: [Double]
    var series: [String]
    var utcOffset: Int

    init(_ episode: Episode, inputs: [SeriesInfo], utcOffset: Int) {
        firedAt = episode.firedAt
        peakAt = episode.peak.time
        peak = episode.peak.values
        series = inputs.map(\.subject)
        self.utcOffset = utcOffset
    }

    /// Sorted keys, so the same episode always writes the same text and an unchanged alert is not rewritten.
    var json: String? {
        var object: [String: Any] = [
            "peak_at": Instant(millis: peakAt).rfc3339(utcOffset: utcOffset), "peak": peak, "series": series,
        ]
        if let firedAt { object["fired_at"] = Instant(millis: firedAt).rfc3339(utcOffset: utcOffset) }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
