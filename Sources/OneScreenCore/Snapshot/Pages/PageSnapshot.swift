/// Everything one page frame draws, read in one transaction: the page's own content plus what every page's chrome
/// shows (the clock, data freshness, source states).
public struct PageSnapshot: Sendable, Equatable, Codable {
    public var now: Instant
    public var utcOffset: Int
    public var freshness: DataFreshness
    public var sources: [SourceStatus]
    public var content: PageContent
    /// Fields masked for the viewer this snapshot was built for: pages print a range or `***` where the value was.
    public var masks: [GradedField: FieldMask] = [:]

    public init(now: Instant, utcOffset: Int, freshness: DataFreshness, sources: [SourceStatus], content: PageContent) {
        self.now = now
        self.utcOffset = utcOffset
        self.freshness = freshness
        self.sources = sources
        self.content = content
    }

    public var today: CalendarDay { now.day(utcOffset: utcOffset) }
}
