/// How `SampleGenerator.writeReadings(to:format:)` writes readings.
public enum ReadingFormat: String, Sendable, CaseIterable {
    /// JSON Lines, `"type":"reading"` first, times in RFC 3339 with `+08:00`.
    case jsonl
    /// CSV with the header `metric,site,stage,time,value,unit,lot`, times as epoch seconds, an empty `lot` when the
    /// reading carries none.
    case csv
}
