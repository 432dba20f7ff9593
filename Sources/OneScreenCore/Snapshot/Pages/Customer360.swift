/// One customer seen whole (客户360): who they are, their tags, RFM, value and buying, moments of truth, the customers
/// most like them and what those buy that this one does not yet.
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
    /// Categories the similar customers buy and this one does not, most bought first.
    public var nextBestCategories: [String]

    public init(row: CustomerRow, channel: String, contact: String?, phone: String?, vipLevel: Int?,
                riskPreference: RiskPreference?, since: CalendarDay?, tags: [CustomerTagLine], scores: RFMScores,
                monthlySpend: [Double], moments: [CustomerMoment], similar: [SimilarCustomer], nextBestCategories: [String]) {
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
        self.nextBestCategories = nextBestCategories
    }
}
