import OneScreenCore

/// What every overview pane needs besides its own part of the snapshot: the words, the number formats, "now", and whether the terminal is small enough that panes must pack tighter.
struct OverviewContext: Sendable {
    let strings: Strings
    let format: DisplayFormat
    let now: Instant
    let today: CalendarDay
    let utcOffset: Int
    let isCondensed: Bool
    /// Fields masked for the viewer: their values in the snapshot are only a lower bound, or nothing.
    var masks: [GradedField: FieldMask] = [:]
    /// The pane with focus (see `OverviewPage.selectedPane`).
    var selectedPane: PageKind?
    /// The compliance window (see `Navigation.range`).
    var window = TimeRange.standard

    /// Panes drop their inner margin when condensed: at 80x24 two columns of text are worth more than air.
    var panePadding: Int { isCondensed ? 0 : 1 }

    /// The frame of the pane that stands for `page`, drawn with focus when it is the selected one.
    func pane(_ page: PageKind, title: String, rightTitle: String? = nil) -> Pane {
        Pane(title: title, rightTitle: rightTitle, isFocused: selectedPane == page, padding: panePadding)
    }

    func amount(_ value: Double, _ field: GradedField) -> String { format.amount(value, field, masks: masks) }

    func measure(_ value: Double, unit: String) -> String { format.measure(value, unit: unit, masks: masks) }

    /// What alerts say, in the viewer's language when a rule's default message said it.
    var messages: AlertMessageText { AlertMessageText(strings: strings, format: format, utcOffset: utcOffset) }

    /// How long ago `instant` was, as a duration (`3h12m`).
    func age(since instant: Instant) -> String {
        format.duration(seconds: now.seconds(since: instant))
    }
}
