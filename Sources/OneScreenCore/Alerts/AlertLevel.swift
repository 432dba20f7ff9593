/// The four alert levels of the marketing plan's warning mechanism. The raw value is the number users and scripts see
/// (`L1` … `L4`, `"level": 1`).
public enum AlertLevel: Int, CaseIterable, Sendable, Comparable, Codable {
    /// 系统故障: a source is down or its data is stale.
    case systemFault = 1
    /// 性能下降: something is slower or weaker than it should be.
    case performanceDecline = 2
    /// 业务异常: quality out of standard, fulfilment overdue.
    case businessAnomaly = 3
    /// 合规风险: unapproved seal use, a sensitive operation.
    case complianceRisk = 4

    public var label: String { "L\(rawValue)" }

    public static func < (a: AlertLevel, b: AlertLevel) -> Bool { a.rawValue < b.rawValue }
}
