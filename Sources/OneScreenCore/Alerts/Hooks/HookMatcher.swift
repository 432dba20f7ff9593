/// Which alerts a hook is for (`when:`): the levels it names, rules and subjects matching one of its patterns. A
/// part left out matches everything, so `when: {levels: [L4]}` routes compliance risks whatever their rule.
public struct HookMatcher: Sendable, Hashable {
    /// Nil: every level.
    public var levels: Set<AlertLevel>?
    /// Empty: every rule.
    public var rules: [Glob]
    /// Empty: every subject.
    public var subjects: [Glob]

    public init(levels: Set<AlertLevel>? = nil, rules: [Glob] = [], subjects: [Glob] = []) {
        self.levels = levels
        self.rules = rules
        self.subjects = subjects
    }

    public static let any = HookMatcher()

    public func matches(_ alert: AlertRecord) -> Bool {
        (levels?.contains(alert.level) ?? true)
            && (rules.isEmpty || rules.contains { $0.matches(alert.rule) })
            && (subjects.isEmpty || subjects.contains { $0.matches(alert.subject) })
    }
}
