import OneScreenCore

/// The `/` filter over a page's list: a row shows when any of its texts contains the filter, ignoring case, so one
/// filter finds a lot by id, a customer by name or region, a contract by id or counterparty. On the Alerts page a
/// word `L1` … `L4` picks a level instead of being searched for: `/L3 L4 冷链` shows L3 and L4 alerts about 冷链.
enum ListFilter {
    static func matches(_ filter: String, _ texts: [String]) -> Bool {
        guard !filter.isEmpty else { return true }
        let needle = filter.lowercased()
        return texts.contains { $0.lowercased().contains(needle) }
    }

    /// Whether an alert with `level` and `texts` passes `filter`: its level among the level words (any level when
    /// there are none), and the other words, as one text, in one of its texts.
    static func matches(_ filter: String, level: AlertLevel, _ texts: [String]) -> Bool {
        let (levels, rest) = levelWords(filter)
        return (levels.isEmpty || levels.contains(level)) && matches(rest, texts)
    }

    /// The levels a filter names (`L3`, `l4`) and what is left of it.
    static func levelWords(_ filter: String) -> (levels: Set<AlertLevel>, rest: String) {
        var levels: Set<AlertLevel> = []
        var rest: [Substring] = []
        for word in filter.split(separator: " ") {
            if word.count == 2, word.first == "L" || word.first == "l", let level = word.last?.wholeNumberValue.flatMap({ AlertLevel(rawValue: $0) }) {
                levels.insert(level)
            } else {
                rest.append(word)
            }
        }
        return (levels, rest.joined(separator: " "))
    }
}
