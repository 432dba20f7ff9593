/// What raises an alert. Reading conditions are judged on the readings' own times (event time); the others on
/// what the store holds at the time of evaluation.
public enum RuleCondition: Sendable, Hashable {
    /// Readings of a metric (or pattern) outside a band for longer than a hold; quality standards are these.
    case band(BandCondition)
    /// A metric rising or falling by more than a limit within a window.
    case rate(RateCondition)
    /// Several metrics at one site out of their limits at the same time (truck temperature high AND door open).
    case combination(CombinationCondition)
    /// A sensor or a source that has sent nothing for too long.
    case noData(NoDataCondition)
    /// Milestones, contracts, seal uses and moments of truth that need someone's attention.
    case business(BusinessCondition)
    /// The collector's own faults: a source failing, nobody collecting, stale data, ingest lagging.
    case system(SystemCondition)

    /// The reading-condition view of this condition, nil for store conditions.
    var timeline: (any TimelineCondition)? {
        switch self {
        case .band(let c): c
        case .rate(let c): c
        case .combination(let c): c
        case .noData, .business, .system: nil
        }
    }

    var defaultMessageKind: DefaultMessage.Kind {
        switch self {
        case .band: .band
        case .rate: .rate
        case .combination: .combination
        case .noData: .noData
        case .business(let b): b.defaultMessageKind
        case .system(let s): s.defaultMessageKind
        }
    }

    var defaultMessage: MessageTemplate {
        switch self {
        case .band: Self.bandMessage
        case .rate: Self.rateMessage
        case .combination: Self.combinationMessage
        case .noData: Self.noDataMessage
        case .business(let b): b.defaultMessage
        case .system(let s): s.defaultMessage
        }
    }

    // Parsed once: every alert an evaluation revises asks whether its rule reads with the default.
    private static let bandMessage = MessageTemplate("{title}: {site} {metric} reached {value} {unit}, outside {band}, since {since}")
    private static let rateMessage = MessageTemplate("{title}: {site} {metric} changed by {change} {unit} within {within} (now {value})")
    private static let combinationMessage = MessageTemplate("{title}: {site} {values} since {since}")
    private static let noDataMessage = MessageTemplate("{title}: nothing from {subject} for more than {after} (last {last})")

    /// Reading rules get `AlertLimits.minimumResolveHold` at least; store rules resolve as soon as the problem is
    /// gone, except a silent source or sensor, which must keep sending for a while to show it is back.
    var defaultResolveAfter: Duration {
        switch self {
        case .band(let c): c.hold
        case .rate(let c): c.hold
        case .combination(let c): c.hold
        case .noData: AlertLimits.minimumResolveHold
        case .business: .zero
        // A lag is judged on a few seconds' batches: it must stay gone a while before it counts as over.
        case .system(.ingestLag): AlertLimits.minimumResolveHold
        case .system: .zero
        }
    }
}
