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

    /// Whether `field` is masked for the viewer at all: a list of it would be a list of `***` and `大****`, so the
    /// page shows counts instead.
    func hides(_ field: GradedField) -> Bool { masks[field] != nil }

    /// How long ago `instant` was (`3h12m`).
    func age(since instant: Instant) -> String {
        format.duration(seconds: now.seconds(since: instant))
    }

    /// `11月23日 08:05` for an instant in a table, with its year when not this year.
    func when(_ instant: Instant) -> String {
        format.when(instant, utcOffset: utcOffset)
    }

    /// `11月23日`, with its year when not this year.
    func date(_ day: CalendarDay) -> String { format.date(day) }

    /// A deadline: the day, and when it has passed on something still running, how long ago (`10月3日 已过60天`).
    func due(_ day: CalendarDay, open: Bool) -> String {
        let late = today.days(since: day)
        return open && late > 0 ? format.date(day) + " " + strings.daysAgo(late) : format.date(day)
    }

    /// What alerts say, in the viewer's language when a rule's default message said it.
    var messages: AlertMessageText { AlertMessageText(strings: strings, format: format, utcOffset: utcOffset) }
}
