import Foundation
import Synchronization

/// Text in the order a Chinese reader expects: Chinese by pinyin (阿 安 北 重庆 大润鲜 …, 重庆 as chóng, for ICU knows
/// the word), as ICU's `zh` collation orders it through Foundation, with numbers by their value (`门店9` before
/// `门店10`).
///
/// Foundation's locale-aware `compare` works on Linux but costs about 12 µs a call, so sorting a thousand rows with
/// it on every frame would cost more than the frame. Each text is ranked once instead, by Foundation, against the
/// texts seen so far, and a sort compares ranks; a list's texts barely change from one frame to the next.
public enum PinyinOrder {
    private struct Table {
        var sorted: [String] = []
        var rank: [String: Int] = [:]
    }

    private static let table = Mutex(Table())
    private static let locale = Locale(identifier: "zh")
    /// Texts kept ranked: several lists' worth. Past it the table starts again, so a dashboard that runs for weeks
    /// through new alert subjects does not grow without end.
    static let capacity = 20_000

    /// One rank per text; ranks from one call agree with each other (a later call may rank texts it has not seen
    /// before between earlier ones, so ranks from two calls are not compared).
    public static func keys(_ texts: [String]) -> [Int] {
        table.withLock { table in
            var new = Set(texts).filter { table.rank[$0] == nil }
            if !new.isEmpty {
                if table.sorted.count + new.count > capacity {
                    table = Table()
                    new = Set(texts)
                }
                for text in new { insert(text, into: &table.sorted) }
                table.rank = Dictionary(uniqueKeysWithValues: table.sorted.enumerated().map { ($1, $0) })
            }
            return texts.map { table.rank[$0] ?? 0 }
        }
    }

    private static func insert(_ text: String, into sorted: inout [String]) {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            let order = sorted[middle].compare(text, options: [.numeric], range: nil, locale: locale)
            // Texts ICU calls equal (variants, case) keep the order of their code points.
            if order == .orderedAscending || (order == .orderedSame && sorted[middle] < text) {
                low = middle + 1
            } else {
                high = middle
            }
        }
        sorted.insert(text, at: low)
    }
}
