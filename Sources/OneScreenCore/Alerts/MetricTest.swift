/// One term of a combination: a metric at the site is above `above` or below `below` (either limit may be
/// absent; a value between them passes).
public struct MetricTest: Sendable, Hashable {
    public var metric: String
    public var above: Double?
    public var below: Double?

    public init(metric: String, above: Double? = nil, below: Double? = nil) {
        self.metric = metric
        self.above = above
        self.below = below
    }

    /// How far past the limit `value` is; 0 when the term does not hold.
    func excess(_ value: Double) -> Double {
        max(above.map { value - $0 } ?? 0, below.map { $0 - value } ?? 0, 0)
    }

    /// `truck.temp > 4`, as the message lists the terms.
    var text: String {
        [above.map { "\(metric) > \(MessageTemplate.number($0))" }, below.map { "\(metric) < \(MessageTemplate.number($0))" }]
            .compactMap { $0 }.joined(separator: " or ")
    }
}
