/// One customer seen whole (客户360): who they are, their tags, RFM, value and buying, moments of truth, the customers
/// most like them, and the next best action with them.
public struct Customer360: Sendable, Equatable, Codable {
    public var row: CustomerRow
    public var channel: String
    public var contact: String?
    public var phone: String?
    public var vipLevel: Int?
    public var riskPreference: RiskPreference?
    public var since: CalendarDay?
    public var tags: [CustomerTagLine]
    public var scores: RFMScores
    /// Spend per month over the last 12 months, oldest first.
    public var monthlySpend: [Double]
    public var moments: [CustomerMoment]
    public var similar: [SimilarCustomer]
    public var nextBestAction: NextBestAction

    public init(row: CustomerRow, channel: String, contact: String?, phone: String?, vipLevel: Int?,
                riskPreference: RiskPreference?, since: CalendarDay?, tags: [CustomerTagLine], scores: RFMScores,
                monthlySpend: [Double], moments: [CustomerMoment], similar: [SimilarCustomer], nextBestAction: NextBestAction) {
        self.row = row
        self.channel = channel
        self.contact = contact
        self.phone = phone
        self.vipLevel = vipLevel
        self.riskPreference = riskPreference
        self.since = since
        self.tags = tags
        self.scores = scores
        self.monthlySpend = monthlySpend
        self.moments = moments
        self.similar = similar
        self.nextBestAction = nextBestAction
    }
}
