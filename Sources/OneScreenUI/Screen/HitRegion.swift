/// A rectangle of a frame and what a click inside it means.
public struct HitRegion: Hashable, Sendable {
    public let area: Rect
    public let target: HitTarget
}
