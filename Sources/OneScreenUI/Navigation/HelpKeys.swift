/// Which groups of keys a page answers to where the user is, so its help lists exactly those (see `Strings.keyHelp`).
public struct HelpKeys: OptionSet, Sendable, Hashable {
    public let rawValue: Int

    public init(rawValue: Int) { self.rawValue = rawValue }

    /// A list to move through: ↑ ↓ PgUp PgDn Home End.
    public static let moves = HelpKeys(rawValue: 1 << 0)
    /// Enter opens the selected row.
    public static let opens = HelpKeys(rawValue: 1 << 1)
    /// `/` filters the list.
    public static let filters = HelpKeys(rawValue: 1 << 2)
    /// `<` `>` `I` sort it.
    public static let sorts = HelpKeys(rawValue: 1 << 3)
    /// ← → between the page's lists.
    public static let switchesLists = HelpKeys(rawValue: 1 << 4)
    /// The overview's panes.
    public static let panes = HelpKeys(rawValue: 1 << 5)
    /// A drill-down's links: ↑ ↓ pick, Enter follows.
    public static let links = HelpKeys(rawValue: 1 << 6)
    /// Esc and Backspace go back (out of a drill-down, along the trail, or clear a filter).
    public static let back = HelpKeys(rawValue: 1 << 7)
    /// The Alerts page's list: `f` and level words.
    public static let alertList = HelpKeys(rawValue: 1 << 8)
    /// Acknowledge and silence.
    public static let alertActions = HelpKeys(rawValue: 1 << 9)
}
