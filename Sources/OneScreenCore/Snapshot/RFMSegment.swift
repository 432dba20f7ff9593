/// The eight RFM segments used across Chinese CRM practice: each of recency, frequency and monetary value is high or
/// low against the average of all customers with orders, giving 重要价值 (all high) down to 一般挽留 (all low).
public enum RFMSegment: String, CaseIterable, Sendable, Codable {
    /// R high, F high, M high: 重要价值客户.
    case champion
    /// R high, F low, M high: 重要发展客户.
    case promising
    /// R low, F high, M high: 重要保持客户.
    case atRisk = "at_risk"
    /// R low, F low, M high: 重要挽留客户.
    case cantLose = "cant_lose"
    /// R high, F high, M low: 一般价值客户.
    case loyal
    /// R high, F low, M low: 一般发展客户.
    case newcomer
    /// R low, F high, M low: 一般保持客户.
    case needsAttention = "needs_attention"
    /// R low, F low, M low (or no orders at all): 一般挽留客户.
    case dormant

    /// `recentHigh`: bought more recently than average; `frequentHigh`, `monetaryHigh`: above average.
    public init(recentHigh: Bool, frequentHigh: Bool, monetaryHigh: Bool) {
        switch (recentHigh, frequentHigh, monetaryHigh) {
        case (true, true, true): self = .champion
        case (true, false, true): self = .promising
        case (false, true, true): self = .atRisk
        case (false, false, true): self = .cantLose
        case (true, true, false): self = .loyal
        case (true, false, false): self = .newcomer
        case (false, true, false): self = .needsAttention
        case (false, false, false): self = .dormant
        }
    }
}
