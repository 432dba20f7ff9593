/// One excursion of a subject in event time: from its first violating point through the point that proved it
/// over. Pending until it has lasted longer than the hold, firing from then, resolved once the subject has
/// stayed inside for the resolve hold.
struct Episode: Sendable, Equatable {
    var start: Int64
    var lastViolation: Int64
    /// Violating points seen.
    var count: Int
    var peak: JudgedPoint
    var firedAt: Int64?
    var resolvedAt: Int64?
    /// True when the walk began inside this episode (the lookback ran out), so its start and count are only
    /// what the window showed.
    var clipped: Bool

    var state: AlertState {
        resolvedAt != nil ? .resolved : firedAt != nil ? .firing : .pending
    }

    /// The span the episode covers, for matching it to a stored alert.
    var span: ClosedRange<Int64> { start...(resolvedAt ?? .max) }
}
