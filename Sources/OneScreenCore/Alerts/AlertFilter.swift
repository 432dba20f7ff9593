/// Which alerts a listing wants: open ones (the default), acknowledged ones, resolved history or all, optionally
/// one level and a text to find in the rule, subject or message.
public struct AlertFilter: Sendable, Equatable, Codable {
    /// In the order the Alerts page cycles through them.
    public enum States: String, Sendable, CaseIterable, Codable {
        /// Pending, firing and acknowledged.
        case open
        /// Acknowledged and not yet resolved: someone is on it.
        case acknowledged
        /// History only.
        case resolved
        case all

        /// The next in the cycle, back to `open` after `all`.
        public var next: States {
            let all = Self.allCases
            return all[(all.firstIndex(of: self)! + 1) % all.count]
        }
    }

    public var states: States
    public var level: AlertLevel?
    public var text: String?
    /// Where `text` is looked for: the rule, subject and message, or the rule only (for a viewer who sees the
    /// subject and message masked: see `visible(to:)`).
    public var textInRuleOnly = false
    public var limit: Int

    /// Enough for any screen and for scripts paging through recent history; older history stays in the store.
    public static let defaultLimit = 1_000

    public init(states: States = .open, level: AlertLevel? = nil, text: String? = nil, limit: Int = AlertFilter.defaultLimit) {
        self.states = states
        self.level = level
        self.text = text
        self.limit = limit
    }
}
