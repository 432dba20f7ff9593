/// A lot in the quality page's list: where it was last seen.
public struct LotSummary: Sendable, Equatable, Codable {
    public var id: String
    public var product: String
    public var lastStage: Stage
    public var lastSite: String
    public var lastSeen: Instant

    public init(id: String, product: String, lastStage: Stage, lastSite: String, lastSeen: Instant) {
        self.id = id
        self.product = product
        self.lastStage = lastStage
        self.lastSite = lastSite
        self.lastSeen = lastSeen
    }
}
