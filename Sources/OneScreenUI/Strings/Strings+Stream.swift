import OneScreenCore

extension Strings {
    public var streamColumn: String { pick("流", "stream") }

    /// A stream's health in a few words: its rate while it runs (`down` while it waits to be restarted), its
    /// restarts, and a mark when ingest falls behind it.
    func streamHealth(_ stream: SourceStatus.Stream, format: DisplayFormat) -> String {
        let rate = stream.since == nil ? pick("已停", "down") : format.measure(stream.linesPerSecond) + pick("行/秒", "/s")
        let restarts = pick("重启\(stream.restarts)次", stream.restarts == 1 ? "1 restart" : "\(stream.restarts) restarts")
        let lag = stream.lag == nil ? "" : pick(" · 写入滞后", " · lagging")
        return rate + " · " + restarts + lag
    }
}
