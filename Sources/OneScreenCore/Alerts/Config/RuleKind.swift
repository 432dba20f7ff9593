/// The `kind:` of a configured rule, with the keys each kind accepts.
enum RuleKind: String, CaseIterable, Sendable {
    case threshold, rate, combination
    case noData = "no_data"
    case milestoneOverdue = "milestone_overdue"
    case contractExpiring = "contract_expiring"
    case sealUnapproved = "seal_unapproved"
    case momentNoAction = "moment_no_action"
    case sourceFailing = "source_failing"
    case noCollector = "no_collector"
    case staleData = "stale_data"
    case ingestLag = "ingest_lag"

    static let commonKeys = ["name", "kind", "level", "title", "message", "resolve_after", "enabled"]

    var keys: [String] {
        switch self {
        case .threshold: ["metric", "site", "stage", "min", "max", "for"]
        case .rate: ["metric", "site", "stage", "rise", "fall", "within", "for"]
        case .combination: ["site", "conditions", "for"]
        case .noData: ["metric", "site", "source", "after"]
        case .milestoneOverdue: ["grace_days"]
        case .contractExpiring, .momentNoAction: ["within_days"]
        case .sealUnapproved: []
        case .sourceFailing: ["source", "runs"]
        case .noCollector, .staleData: ["after"]
        case .ingestLag: ["source"]
        }
    }

    /// The level when the rule names none: quality and business anomalies are L3, an early-warning rate is L2,
    /// silence is a system fault, an unapproved seal a compliance risk.
    var defaultLevel: AlertLevel {
        switch self {
        case .threshold, .combination, .milestoneOverdue, .contractExpiring: .businessAnomaly
        case .rate, .momentNoAction: .performanceDecline
        case .noData, .sourceFailing, .noCollector, .staleData: .systemFault
        case .ingestLag: .performanceDecline
        case .sealUnapproved: .complianceRisk
        }
    }

    /// Placeholders every message may use.
    static let commonPlaceholders: Set<String> = ["rule", "title", "level", "subject", "since"]

    /// The placeholders a message of this kind may use: what its rule fills in.
    var placeholders: Set<String> {
        let own: Set<String> = switch self {
        case .threshold: ["site", "metric", "value", "unit", "band", "min", "max"]
        case .rate: ["site", "metric", "value", "unit", "change", "within"]
        case .combination: ["site", "values"]
        case .noData: ["after", "last"]
        case .milestoneOverdue: ["contract", "milestone", "name", "due", "days"]
        case .contractExpiring: ["contract", "title", "counterparty", "status", "end", "days"]
        case .sealUnapproved: ["seal_use", "contract", "seal", "requested_by", "status", "time"]
        case .momentNoAction: ["moment", "customer", "kind", "date", "days"]
        case .sourceFailing: ["runs", "error"]
        case .noCollector: ["holder"]
        case .staleData: ["last", "after"]
        case .ingestLag: ["lag"]
        }
        return RuleKind.commonPlaceholders.union(own)
    }
}
