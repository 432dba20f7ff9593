/// Where a wall screen's rotation stands, for its band: the page up, of how many, and which comes next when, or that
/// it holds on the Alerts page.
public struct RotationStatus: Sendable, Equatable {
    public var pages: [PageKind]
    public var index: Int
    /// Until the next page; nil before the schedule starts.
    public var secondsLeft: Double?
    /// Held on the Alerts page while an L1 or L4 alert (as configured) fires.
    public var isHeld: Bool

    public init(pages: [PageKind], index: Int, secondsLeft: Double?, isHeld: Bool = false) {
        self.pages = pages
        self.index = index
        self.secondsLeft = secondsLeft
        self.isHeld = isHeld
    }
}
