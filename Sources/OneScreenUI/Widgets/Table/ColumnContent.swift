/// What the cells of a table column hold. A column says it when it is made, so a heading cannot drift from what is
/// under it: the page tests draw every table and check each cell against its column's content and each heading
/// against the words that name that content.
public enum ColumnContent: String, Sendable, Hashable, CaseIterable {
    /// An identifier: a lot, customer, contract, seal use or alert number.
    case code
    /// Free text: a name, a title, a message, a note.
    case text
    /// A stage of the chain in the screen's words.
    case stage
    /// An instant, `11月23日 08:05` (with its year when not this year).
    case time
    /// A calendar day, `11月23日`, with the age of one past due beside it.
    case date
    /// A span of time, `3小时12分`.
    case duration
    /// Money, `1234.5万`.
    case amount
    /// A whole number, `1,204`.
    case count
    /// A share, `97.3%`.
    case percent
    /// Readings with their unit, one (`8.6°C`) or a range (`2–8.6°C`).
    case reading
    /// A standard's band, `0–4°C`, `≤-18°C`.
    case band
    /// A state, verdict or kind in the screen's words (合规, 告警中, 履约中).
    case state
    /// An alert level, `L1` … `L4`.
    case level
    /// A part of a whole, `35/55`.
    case ratio
    /// A figure in its own unit, one of several kinds in one column (a cost, a share, a time): `¥86`, `12.5%`, `120ms`,
    /// with `≥` or `≤` for a target.
    case figure
}
