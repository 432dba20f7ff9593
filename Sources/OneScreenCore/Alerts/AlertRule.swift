/// One alert rule: what condition raises it, how severe it is, and how its message reads.
public struct AlertRule: Sendable, Hashable {
    /// Unique among the rules; with the subject it makes the fingerprint, and `alerts silence` accepts it.
    public var name: String
    /// What people call it (a standard's name such as 冷链车厢温度); the rule name when nothing better exists.
    public var title: String
    public var level: AlertLevel
    public var condition: RuleCondition
    public var message: MessageTemplate
    /// How long the problem must stay gone before the alert resolves, so it does not flap.
    public var resolveAfter: Duration

    public init(
        name: String, title: String? = nil, level: AlertLevel, condition: RuleCondition, message: MessageTemplate? = nil,
        resolveAfter: Duration? = nil
    ) {
        self.name = name
        self.title = title ?? name
        self.level = level
        self.condition = condition
        self.message = message ?? condition.defaultMessage
        self.resolveAfter = resolveAfter ?? condition.defaultResolveAfter
    }

    /// The business rules every store gets unless the configuration replaces one by name.
    public static let builtIn: [AlertRule] = [
        AlertRule(name: "milestone-overdue", level: .businessAnomaly, condition: .business(.milestoneOverdue(graceDays: 0))),
        AlertRule(name: "contract-expiring", level: .businessAnomaly, condition: .business(.contractExpiring(withinDays: 30))),
        AlertRule(name: "seal-unapproved", level: .complianceRisk, condition: .business(.sealUnapproved)),
        AlertRule(name: "moment-no-action", level: .performanceDecline, condition: .business(.momentWithoutAction(withinDays: 7))),
    ]

    /// The collector's own faults, on in every config (a config replaces or disables one by name): a source that
    /// failed three runs in a row or sent nothing for 15 minutes, a collector that died with nobody taking over
    /// for 30 seconds, readings older than the status bar calls stale (L1); ingest falling behind a stream (L2).
    public static let system: [AlertRule] = [
        AlertRule(name: "source-failing", level: .systemFault, condition: .system(.sourceFailing(source: .any, runs: 3))),
        AlertRule(name: "source-silent", level: .systemFault,
                  condition: .noData(NoDataCondition(target: .source(.any), after: .minutes(15)))),
        AlertRule(name: "collector-lease", level: .systemFault, condition: .system(.noCollector(after: .seconds(30)))),
        AlertRule(name: "data-stale", level: .systemFault,
                  condition: .system(.staleData(after: .seconds(Int64(DataFreshness.staleAfterSeconds))))),
        AlertRule(name: "ingest-lag", level: .performanceDecline, condition: .system(.ingestLag(source: .any))),
    ]

    /// The built-in rules with the configured ones added; a configured rule replaces a built-in of the same name.
    public static func withBuiltIns(_ configured: [AlertRule]) -> [AlertRule] {
        let names = Set(configured.map(\.name))
        return (builtIn + system).filter { !names.contains($0.name) } + configured
    }

    /// The hold judged: a rule's own hold, at most `AlertLimits.maxHold` so an excursion fits the lookback.
    var hold: Duration { min(condition.timeline?.hold ?? .zero, AlertLimits.maxHold) }

    /// Reading rules need at least the minimum resolve hold; store rules resolve as configured.
    var effectiveResolveAfter: Duration {
        condition.timeline == nil ? resolveAfter : max(resolveAfter, AlertLimits.minimumResolveHold)
    }
}

extension AlertRule {
    /// The message values every rule provides.
    func commonValues(subject: String, since: Instant, utcOffset: Int) -> [String: String] {
        ["rule": name, "title": title, "level": level.label, "subject": subject, "since": since.rfc3339(utcOffset: utcOffset)]
    }

    /// The message for `values`, and, when the rule reads with its condition's default template, what it was made
    /// from, so viewers can read it in their language. A configured template is the user's own text: it has none.
    func message(_ values: [String: String]) -> (text: String, source: DefaultMessage?) {
        let text = message.render(values)
        guard message == condition.defaultMessage else { return (text, nil) }
        let used = message.placeholders.compactMap { name in values[name].map { (name, $0) } }
        return (text, DefaultMessage(kind: condition.defaultMessageKind, values: Dictionary(used) { first, _ in first }))
    }
}
