/// One series over a time range: what the series page asks the store for. The range ends `shift` milliseconds
/// before the reader's now; 0 is "live". Relative rather than a date, so the request stays the same while the clock
/// moves and the page follows it, and a panned view is the same view on every refresh.
public struct SeriesRequest: Sendable, Hashable, Codable {
    public var site: String
    public var metric: String
    public var range: TimeRange
    public var shift: Int64

    public init(site: String, metric: String, range: TimeRange = .standard, shift: Int64 = 0) {
        self.site = site
        self.metric = metric
        self.range = range
        self.shift = max(0, shift)
    }

    /// `沪A·冷链06/cold.temp`, the subject alerts on this series carry; the site may hold no `/`, the metric may.
    public var subject: String { "\(site)/\(metric)" }

    /// A subject as alerts and the quality page's rows write it, split at its first `/`.
    public init?(subject: String, range: TimeRange = .standard, shift: Int64 = 0) {
        guard let slash = subject.firstIndex(of: "/") else { return nil }
        let site = String(subject[..<slash]), metric = String(subject[subject.index(after: slash)...])
        guard !site.isEmpty, !metric.isEmpty else { return nil }
        self.init(site: site, metric: metric, range: range, shift: shift)
    }
}
