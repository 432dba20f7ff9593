/// The next move with a customer, chosen from what describes them (the blueprint's 下一步最佳动作 beside the products):
/// a bundle for a champion, a win-back offer for one slipping away, promotion guidance before their big day, and
/// the facts it was chosen from, so the screen can say why in one line.
public struct NextMove: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// Several categories in one order at a bundle price: for those who already buy much, often, lately.
        case bundle
        /// A step up in quantity or range: frequent, recent, small baskets.
        case upsell
        /// A reason to order again soon: recent and large, not yet frequent.
        case frequency
        /// A second order on a first-time offer: recent, small, new.
        case onboard
        /// A win-back offer: valuable and frequent, but not lately.
        case winBack
        /// A call or a visit from the account manager: valuable, gone quiet.
        case retain
        /// A reminder with a small promotion: frequent once, not lately.
        case remind
        /// A reactivation coupon: nothing much for a long time.
        case reactivate
        /// Stock and a promotion plan for a moment of truth in the next days.
        case prepareMoment
    }

    public var kind: Kind
    public var segment: RFMSegment
    public var scores: RFMScores
    /// Days since the last order; nil without one.
    public var daysSinceOrder: Int?
    /// The moment of truth that called for it, and in how many days.
    public var moment: MomentKind?
    public var momentInDays: Int?
    /// Tagged price-sensitive: offer a discount rather than a price.
    public var priceSensitive: Bool

    public init(kind: Kind, segment: RFMSegment, scores: RFMScores, daysSinceOrder: Int?, moment: MomentKind? = nil,
                momentInDays: Int? = nil, priceSensitive: Bool = false) {
        self.kind = kind
        self.segment = segment
        self.scores = scores
        self.daysSinceOrder = daysSinceOrder
        self.moment = moment
        self.momentInDays = momentInDays
        self.priceSensitive = priceSensitive
    }

    /// A moment of truth this near calls for preparing it, whatever the segment.
    public static let momentHorizonDays = 7
    /// The evaluation tag and value that mark a price-sensitive customer (the sample data's 价格敏感度 = 高).
    public static let priceTag = (key: "价格敏感度", value: "高")

    /// The move for a customer in `segment`, with an upcoming moment (kind, days away) if any.
    public static func choose(segment: RFMSegment, scores: RFMScores, daysSinceOrder: Int?, upcoming: (MomentKind, Int)?,
                              tags: [CustomerTagLine]) -> NextMove {
        let priceSensitive = tags.contains { $0.kind == .evaluation && $0.key == priceTag.key && $0.value == priceTag.value }
        if let (kind, days) = upcoming, days <= momentHorizonDays {
            return NextMove(kind: .prepareMoment, segment: segment, scores: scores, daysSinceOrder: daysSinceOrder, moment: kind,
                            momentInDays: days, priceSensitive: priceSensitive)
        }
        let kind: Kind = switch segment {
        case .champion: .bundle
        case .loyal: .upsell
        case .promising: .frequency
        case .newcomer: .onboard
        case .atRisk: .winBack
        case .cantLose: .retain
        case .needsAttention: .remind
        case .dormant: .reactivate
        }
        return NextMove(kind: kind, segment: segment, scores: scores, daysSinceOrder: daysSinceOrder, priceSensitive: priceSensitive)
    }
}
