import OneScreenCore

/// What every page body needs besides its own content: words, number formats, the clock and the navigation state.
struct PageContext: Sendable {
    let strings: Strings
    let format: DisplayFormat
    let now: Instant
    let today: CalendarDay
    let utcOffset: Int
    let navigation: Navigation
    /// Fields masked for the viewer (see `PageSnapshot.masks`).
    var masks: [GradedField: FieldMask] = [:]
    /// The compliance window (see `Navigation.range`).
    var window = TimeRange.standard

    func amount(_ value: Double, _ field: GradedField) -> String { format.amount(value, field, masks: masks) }

    /// How long ago `instant` was (`3h12m`).
    func age(since instant: Instant) -> String {
        format.duration(seconds: now.seconds(since: instant))
    }

    /// `11-23 08:05` style for an instant in a table.
    func when(_ instant: Instant) -> String {
        format.when(instant, utcOffset: utcOffset)
    }

    /// What alerts say, in the viewer's language when a rule's default message said it.
    var messages: AlertMessageText { AlertMessageText(strings: strings, format: format, utcOffset: utcOffset) }
}
