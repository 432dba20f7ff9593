import OneScreenCore

/// The `/` filter over a page's list: words separated by spaces, each of which must be found, ignoring case, in one
/// of a row's texts (`/上海 食堂` finds the canteens in Shanghai). On the Alerts page a word `L1` … `L4` picks a level
/// instead of being searched for: `/L3 L4 冷链` shows L3 and L4 alerts about 冷链.
struct ListFilter: Sendable, Equatable {
    /// The words to find, lowercased.
    let terms: [String]
    /// The levels named; empty for any.
    let levels: Set<AlertLevel>

    /// - Parameter levelWords: whether `L1` … `L4` name levels (the Alerts page) or are words like any other.
    init(_ text: String, levelWords: Bool = false) {
        let (levels, rest) = levelWords ? Self.levelWords(text) : ([], text)
        self.levels = levels
        terms = rest.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
    }

    var isEmpty: Bool { terms.isEmpty && levels.isEmpty }

    /// Whether a row with `texts` (and `level`, where levels are named) passes.
    func matches(_ texts: [String], level: AlertLevel? = nil) -> Bool {
        if !levels.isEmpty, !(level.map(levels.contains) ?? false) { return false }
        guard !terms.isEmpty else { return true }
        let lowered = texts.map { $0.lowercased() }
        return terms.allSatisfy { term in lowered.contains { $0.contains(term) } }
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
