import Foundation
import OneScreenCore
@testable import OneScreenUI

/// Holds every drawn table up against what its columns say they hold: each cell must look like its column's
/// content, and each heading must be one of the words that name that content. The words are this test's own spec of
/// what a heading means, so a heading moved over another column's cells, or a column filled with something its
/// heading does not say, fails here.
enum ColumnCheck {
    /// What each heading promises, in both languages.
    static func headings(_ language: Language) -> [String: ColumnContent] {
        let s = Strings(language)
        let pairs: [(String, ColumnContent)] = [
            (s.stageColumn, .stage), (s.siteOrSeriesColumn, .text), (s.arrivedColumn, .time), (s.leftColumn, .time),
            (s.stayedColumn, .duration), (s.rangeColumn, .reading), (s.bandColumn, .band), (s.holdColumn, .duration),
            (s.compliance, .percent), (s.verdictColumn, .state), (s.timeColumn, .time), (s.siteColumn, .text),
            (s.eventColumn, .state), (s.noteColumn, .text), (s.levelColumn, .level), (s.statusColumn, .state),
            (s.firstSeen, .time), (s.subjectColumn, .text), (s.messageColumn, .text), (s.lotColumn, .code),
            (s.productColumn, .text), (s.lastSeenColumn, .time), (s.marksColumn, .state), (s.metricColumn, .text),
            (s.valueColumn, .reading), (s.idColumn, .code), (s.nameColumn, .text),
            (s.kindColumn, .state), (s.regionColumn, .text), (s.segmentColumn, .state), (s.ordersColumn, .count),
            (s.spendColumn, .amount), ("LTV", .amount), (s.titleColumn, .text), (s.counterpartyColumn, .text),
            (s.amountColumn, .amount), (s.endColumn, .date), (s.overdueColumn, .count), (s.sealColumn, .state),
            (s.requestedByColumn, .text), (s.approvedBy, .text), (s.sealedAtColumn, .time), (s.milestoneColumn, .text),
            (s.dueColumn, .date), (s.figure30Column, .figure), (s.targetColumn, .figure), (s.trend30Column, .text),
            (s.ackColumn, .state), (s.ageColumn, .duration), (s.ruleColumn, .text), (s.countColumn, .count),
            (s.readingColumn, .reading), (s.acceptedColumn, .count), (s.rejectedColumn, .count),
            (s.lastSuccessColumn, .duration), (s.streamColumn, .text), (s.errorColumn, .text),
        ] + TimeRange.allCases.map { (s.trendColumn(over: $0), ColumnContent.text) }
        return Dictionary(pairs, uniquingKeysWith: { first, _ in first })
    }

    /// Every way a table in `tables` breaks its promise, as lines a failing test prints.
    static func problems(_ tables: [DrawnTable], language: Language) -> [String] {
        let headings = headings(language)
        var found: [String] = []
        for table in tables {
            for (index, column) in table.columns.enumerated() {
                let title = column.title.trimmingSortArrow
                if !title.isEmpty {
                    if let promised = headings[title] {
                        if promised != column.content { found.append("heading \(title) promises \(promised), column holds \(column.content)") }
                    } else {
                        found.append("heading \(title) is not in the spec of headings")
                    }
                }
                for row in table.rows where index < row.count {
                    let cell = row[index]
                    if !matches(cell, column.content, language: language) {
                        found.append("\(title.isEmpty ? "(no heading)" : title) [\(column.content)]: \(cell)")
                    }
                }
            }
        }
        return found
    }

    /// Whether `cell` looks like `content`; blank cells (a row of another kind) and cells cut short pass.
    static func matches(_ cell: String, _ content: ColumnContent, language: Language) -> Bool {
        let text = cell.trimmingCharacters(in: .whitespaces)
        if text.isEmpty || text.hasSuffix("…") || text == DisplayFormat.missing { return true }
        let strings = Strings(language)
        switch content {
        case .text: return true
        case .code: return text.wholeMatch(of: /[A-Za-z0-9#][\w\-.#\/·]*/) != nil
        case .stage: return Stage.allCases.map(strings.stage).contains(text)
        case .time:
            return text == strings.stillThere || text.wholeMatch(of: /((\d{4}年)?\d{1,2}月\d{1,2}日|[A-Z][a-z]{2} \d{1,2}( \d{4})?) \d\d:\d\d/) != nil
        case .date: return text.wholeMatch(of: /((\d{4}年)?\d{1,2}月\d{1,2}日|[A-Z][a-z]{2} \d{1,2}( \d{4})?)( .+)?/) != nil
        case .duration: return text.wholeMatch(of: /(\d+(天|小时|分|秒))+|(\d+[dhms])+/) != nil
        case .amount: return text.wholeMatch(of: /≥?-?\d+(\.\d)?(万|亿|k|M|B)?|\*\*\*/) != nil
        case .count: return text.wholeMatch(of: /-?[\d,]+/) != nil
        case .percent: return text.wholeMatch(of: /-?\d+\.\d%/) != nil
        case .reading:
            return text == "***" || text.wholeMatch(of: /(-?[\d.]+[^\s\d–]*|开|关|open|closed)(–(-?[\d.]+[^\s\d–]*|开|关|open|closed))?/) != nil
        case .band: return text.wholeMatch(of: /((≤|≥)?-?[\d.]+(–-?[\d.]+)?[^\s\d]*)|开|关|open|closed/) != nil
        case .level: return text.wholeMatch(of: /L[1-4]/) != nil
        case .ratio: return text.wholeMatch(of: /\d+\/\d+.*/) != nil
        case .figure: return text.wholeMatch(of: /(≥|≤)?-?[\d.,]+(%|ms|万|亿|k|M|B)?/) != nil
        case .state:
            // Words, not figures: nothing that reads as a time, a span, a share or a bare number.
            return !ColumnContent.allCases.filter { [.time, .duration, .percent, .count, .amount].contains($0) }
                .contains { matches(text, $0, language: language) && text != DisplayFormat.missing }
        }
    }
}

extension String {
    /// The heading without the arrow a sorted column carries.
    var trimmingSortArrow: String {
        var text = self
        while let last = text.last, "▲▼".contains(last), text.count > 1 { text.removeLast() }
        return text
    }
}
