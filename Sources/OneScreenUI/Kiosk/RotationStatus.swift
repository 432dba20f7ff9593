/// Where a wall screen's rotation stands, for its band: the page up, of how many, and which comes next when.
public struct RotationStatus: Sendable, Equatable {
    public var pages: [PageKind]
    public var index: Int
    /// Until the next page; nil before the schedule starts.
    public var secondsLeft: Double?

    public init(pages: [PageKind], index: Int, secondsLeft: Double?) {
        self.pages = pages
        self.index = index
        self.secondsLeft = secondsLeft
    }
}
