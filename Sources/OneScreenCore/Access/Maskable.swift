/// A value that crosses from the data side to a screen, a script or a hook: it declares once which of its parts are
/// graded (`maskRules`), and `masked(for:)` applies them. The server masks everything it sends this way; there is
/// no other masking code.
public protocol Maskable {
    static var maskRules: [MaskRule<Self>] { get }
}

extension Maskable {
    /// This value as `viewer` may see it: what is above the viewer's clearance is not in the result at all.
    public func masked(for viewer: Viewer) -> Self {
        var copy = self
        for rule in Self.maskRules { rule.apply(&copy, viewer) }
        return copy
    }
}

extension Array where Element: Maskable {
    /// Each element masked; then, when the list's order came from a graded value, re-sorted by `order` over the
    /// masked values (whose tie-break must be public).
    public func masked(for viewer: Viewer, ordered order: ((Element, Element) -> Bool)? = nil) -> [Element] {
        let masked = map { $0.masked(for: viewer) }
        guard let order, !viewer.masks.isEmpty else { return masked }
        return masked.sorted(by: order)
    }
}
