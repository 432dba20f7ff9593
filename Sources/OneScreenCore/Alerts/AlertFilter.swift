/// Which alerts a listing wants: open ones (the default) or all including history, optionally one level and
/// a text to find in the rule, subject or message.
public struct AlertFilter: Sendable, Equatable {
    public enum States: String, Sendable, CaseIterable {
        /// Pending, firing and acknowledged.
        case open
        case all
    }

    public var states: States
    public var level: AlertLevel?
    public var text: String?
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
