/// One fulfilment milestone of a contract.
public struct MilestoneLine: Sendable, Equatable, Codable {
    public var id: String
    public var name: String
    public var due: CalendarDay
    public var done: CalendarDay?
    public var amount: Double?

    public init(id: String, name: String, due: CalendarDay, done: CalendarDay?, amount: Double?) {
        self.id = id
        self.name = name
        self.due = due
        self.done = done
        self.amount = amount
    }

    public func isOverdue(today: CalendarDay) -> Bool { done == nil && due < today }
}
