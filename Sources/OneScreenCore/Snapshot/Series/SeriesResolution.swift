/// What a series page was read from: every reading, the minute rollups retention left in their place, or the hour
/// rollups. The page says it, so a smooth year is not mistaken for a quiet one.
public enum SeriesResolution: String, Sendable, Equatable, Codable {
    case raw, minute, hour
}
