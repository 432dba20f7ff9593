/// Compliance in one clock hour or calendar day, (end - width, end]: readings inside the band of all readings.
public struct ComplianceSlot: Sendable, Equatable, Codable {
    public var end: Instant
    public var inside: Int
    public var total: Int

    public init(end: Instant, inside: Int, total: Int) {
        self.end = end
        self.inside = inside
        self.total = total
    }

    /// Nil for a slot without readings: nothing to judge is not 0 %.
    public var rate: Double? { total > 0 ? Double(inside) / Double(total) : nil }
}
