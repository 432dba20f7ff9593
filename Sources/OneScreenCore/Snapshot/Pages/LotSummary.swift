/// A lot in the quality page's list: where it was last seen, and whether it needs a look (held, or an alert was
/// raised where and while it was).
public struct LotSummary: Sendable, Equatable, Codable {
    public var id: String
    public var product: String
    public var lastStage: Stage
    public var lastSite: String
    public var lastSeen: Instant
    public var isHeld: Bool
    public var isBreached: Bool

    public init(id: String, product: String, lastStage: Stage, lastSite: String, lastSeen: Instant, isHeld: Bool = false,
                isBreached: Bool = false) {
        self.id = id
        self.product = product
        self.lastStage = lastStage
        self.lastSite = lastSite
        self.lastSeen = lastSeen
        self.isHeld = isHeld
        self.isBreached = isBreached
    }
}
