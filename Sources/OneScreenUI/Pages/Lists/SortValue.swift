/// What a row is sorted by in one column: its text in pinyin order, a number, or nothing (sorted last, whichever way).
enum SortValue: Sendable {
    case text(String)
    case number(Double?)
}
