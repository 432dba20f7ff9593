/// A moment of truth of one customer, with the action suggested for it.
public struct CustomerMoment: Sendable, Equatable, Codable {
    public var kind: MomentKind
    public var date: CalendarDay
    public var action: String?

    public init(kind: MomentKind, date: CalendarDay, action: String?) {
        self.kind = kind
        self.date = date
        self.action = action
    }
}
