import Foundation

/// One generated `reading` record.
public struct ReadingLine: Sendable, Hashable {
    public let metric: String
    public let site: String
    public let stage: String
    /// Epoch seconds.
    public let time: Int64
    /// Already rounded to the metric's precision: the number the files hold.
    public let value: Double
    public let unit: String
    public let lot: String?

    public var date: Date { Date(timeIntervalSince1970: TimeInterval(time)) }
}
