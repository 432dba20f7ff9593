/// A lot's stay at one site as its events tell it, before the site's readings are added (see `LotStay`).
public struct LotVisit: Sendable, Equatable {
    public var stage: Stage
    public var site: String
    public var arrived: Instant
    /// Nil while the lot is still there.
    public var departed: Instant?

    public init(stage: Stage, site: String, arrived: Instant, departed: Instant?) {
        self.stage = stage
        self.site = site
        self.arrived = arrived
        self.departed = departed
    }

    /// The stays `events` (one lot's, oldest first) tell of: consecutive events at one site make one stay. A stay
    /// ends with its `depart` or `sell`; one that ends otherwise lasted until the lot arrived at its next site, and
    /// the last one, without either, is still under way.
    public static func visits(_ events: [LotEventLine]) -> [LotVisit] {
        var groups: [(stage: Stage, site: String, first: Instant, last: LotEventLine)] = []
        for event in events {
            if let last = groups.last, last.stage == event.stage, last.site == event.site {
                groups[groups.count - 1].last = event
            } else {
                groups.append((event.stage, event.site, event.time, event))
            }
        }
        return groups.indices.map { index in
            let group = groups[index]
            let left: Instant? = [.depart, .sell].contains(group.last.event) ? group.last.time
                : index + 1 < groups.count ? groups[index + 1].first : nil
            return LotVisit(stage: group.stage, site: group.site, arrived: group.first, departed: left)
        }
    }

    /// Whether the stay overlaps the span `from`…`to` (nil: still going), up to `now`.
    func overlaps(from: Instant, to: Instant?, now: Instant) -> Bool {
        from <= (departed ?? now) && (to ?? now) >= arrived
    }
}
