import OneScreenCore

extension Navigation {
    /// Whether the page on screen draws over `range`: the series page, and the compliance windows of the overview
    /// and the quality page.
    public var showsRange: Bool { series != nil || (detail == nil && (page == .overview || page == .quality)) }

    /// Whether Enter on the selected row opens its series: a metric of the quality page, a reading of a lot's trace,
    /// an alert about a reading. The row ids of those lists are `site/metric` subjects.
    var opensSeries: Bool {
        guard series == nil else { return false }
        switch page {
        case .quality: return detail != nil || list == QualityBody.metricList
        case .alerts: return detail != nil
        default: return false
        }
    }

    /// The time keys, before the page's own: `[` `-` a shorter range, `]` `+` a longer one, and on the series page
    /// `←` `→` (`h` `l`) to move it back and forth by half its length and `0` back to now. Enter opens a series,
    /// Esc closes it. False for keys left to the rest of the navigation.
    mutating func handleTimeKey(_ key: Key, rowIDs: [String]) -> Bool {
        guard showsRange || opensSeries else { return false }
        switch key {
        case .character("["), .character("-"):
            guard showsRange, let narrower = range.narrower else { return showsRange }
            range = narrower
        case .character("]"), .character("+"):
            guard showsRange, let wider = range.wider else { return showsRange }
            range = wider
        case .character("0") where showsRange: shift = 0
        case .left, .character("h"):
            guard series != nil else { return false }
            shift += range.panMillis
        case .right, .character("l"):
            guard series != nil else { return false }
            shift = max(0, shift - range.panMillis)
        case .enter where opensSeries && rowIDs.indices.contains(selection) && !rowIDs[selection].isEmpty:
            series = rowIDs[selection]
            shift = 0
        case .escape, .backspace:
            guard series != nil else { return false }
            series = nil
            shift = 0
        case .character("/"), .up, .down, .character("j"), .character("k"), .pageUp, .pageDown, .home, .end:
            // The series page has no list to filter or move in; the list under it keeps its selection.
            return series != nil
        default: return false
        }
        return true
    }
}
