/// How a hook batches (`group_wait:`, `group_by:`), after Alertmanager's groups: the first alert of a group starts
/// the wait, and every alert of the group that arrives meanwhile goes into the same one call, so twenty trucks
/// warming at once page once, not twenty times.
public struct HookGrouping: Sendable, Hashable {
    /// What alerts of one group share; none: every alert of the hook is one group.
    public enum Key: String, Sendable, Hashable, CaseIterable {
        case level, rule, subject
    }

    public var wait: Duration
    public var by: [Key]

    public init(wait: Duration, by: [Key] = []) {
        self.wait = wait
        self.by = by
    }

    /// Longer than this a group would hold an L1 page back for longer than anyone would accept.
    public static let longestWait = Duration.seconds(600)

    /// The values of `by` for `alert`, naming its group.
    func group(of alert: AlertRecord) -> [String: String] {
        Dictionary(uniqueKeysWithValues: by.map { key in
            switch key {
            case .level: (key.rawValue, alert.level.label)
            case .rule: (key.rawValue, alert.rule)
            case .subject: (key.rawValue, alert.subject)
            }
        })
    }
}
