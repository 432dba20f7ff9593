/// Each source's health and which process collects, for `onescreen sources`.
public struct SourcesReport: Sendable, Equatable, Codable {
    public var collector: String?
    public var sources: [SourceStatus]

    public init(collector: String?, sources: [SourceStatus]) {
        self.collector = collector
        self.sources = sources
    }
}
