/// One event of a lot's journey as the trace lists it: when, where, what happened and the note that came with it
/// (an inspection's finding, why a batch was held).
public struct LotEventLine: Sendable, Equatable, Codable {
    public var time: Instant
    public var stage: Stage
    public var site: String
    public var event: LotEventKind
    public var note: String?

    public init(time: Instant, stage: Stage, site: String, event: LotEventKind, note: String? = nil) {
        self.time = time
        self.stage = stage
        self.site = site
        self.event = event
        self.note = note
    }
}

extension LotEventLine {
    /// Whether the last `hold` among `events` (in time order) has no `release` after it.
    public static func isHeld(_ events: [LotEventLine]) -> Bool {
        guard let hold = events.lastIndex(where: { $0.event == .hold }) else { return false }
        return !events[hold...].contains { $0.event == .release }
    }
}
