/// One graded part of a snapshot type and how a viewer's clearance changes it. A type lists its rules once
/// (`Maskable.maskRules`); nested types bring their own through `nested` and `each`, so a field is graded in exactly
/// one place however many pages, lists and commands carry it.
public struct MaskRule<Root> {
    let apply: (inout Root, Viewer) -> Void

    /// A rule that cannot be said as a key path (an enum's payloads): keep these to dispatching to nested types.
    public init(_ apply: @escaping (inout Root, Viewer) -> Void) { self.apply = apply }

    /// Text of `field`'s grade: shown, hinted (`张*`, `138****5678`) or `***`.
    public static func text(_ path: WritableKeyPath<Root, String>, _ field: GradedField) -> MaskRule {
        MaskRule { root, viewer in root[keyPath: path] = viewer.text(root[keyPath: path], as: field) }
    }

    public static func text(_ path: WritableKeyPath<Root, String?>, _ field: GradedField) -> MaskRule {
        MaskRule { root, viewer in root[keyPath: path] = root[keyPath: path].map { viewer.text($0, as: field) } }
    }

    /// An amount or a reading: exact, its order of magnitude's lower bound, or 0; the snapshot's `masks` tells the
    /// page which, so it prints `≥100万` or `***`.
    public static func number(_ path: WritableKeyPath<Root, Double>, _ field: GradedField) -> MaskRule {
        MaskRule { root, viewer in root[keyPath: path] = viewer.number(root[keyPath: path], as: field) }
    }

    public static func number(_ path: WritableKeyPath<Root, Double?>, _ field: GradedField) -> MaskRule {
        MaskRule { root, viewer in root[keyPath: path] = root[keyPath: path].map { viewer.number($0, as: field) } }
    }

    public static func numbers(_ path: WritableKeyPath<Root, [Double]>, _ field: GradedField) -> MaskRule {
        MaskRule { root, viewer in
            guard viewer.mask(for: field) != nil else { return }
            root[keyPath: path] = root[keyPath: path].map { viewer.number($0, as: field) }
        }
    }

    /// A value with no useful partial form (a series' shape, a VIP level, the facts a message was made from): gone
    /// under any mask of `field`.
    public static func withheld<Value>(_ path: WritableKeyPath<Root, Value?>, _ field: GradedField) -> MaskRule {
        MaskRule { root, viewer in if viewer.mask(for: field) != nil { root[keyPath: path] = nil } }
    }

    public static func withheld<Value>(_ path: WritableKeyPath<Root, [Value?]>, _ field: GradedField) -> MaskRule {
        MaskRule { root, viewer in
            if viewer.mask(for: field) != nil { root[keyPath: path] = root[keyPath: path].map { _ in nil } }
        }
    }

    /// Text that may carry a password in a URL (a source's last error): credentials are removed for everyone.
    public static func credentialsRemoved(_ path: WritableKeyPath<Root, String?>) -> MaskRule {
        MaskRule { root, _ in root[keyPath: path] = root[keyPath: path].map(URLCredentials.removed) }
    }

    /// Where the type records which fields were masked, so a page can print a range or `***` where the value was.
    public static func masks(_ path: WritableKeyPath<Root, [GradedField: FieldMask]>) -> MaskRule {
        MaskRule { root, viewer in root[keyPath: path] = viewer.masks }
    }

    public static func nested<Value: Maskable>(_ path: WritableKeyPath<Root, Value>) -> MaskRule {
        MaskRule { root, viewer in root[keyPath: path] = root[keyPath: path].masked(for: viewer) }
    }

    public static func nested<Value: Maskable>(_ path: WritableKeyPath<Root, Value?>) -> MaskRule {
        MaskRule { root, viewer in root[keyPath: path] = root[keyPath: path].map { $0.masked(for: viewer) } }
    }

    /// Every element of a list, masked by its own rules; when the store ordered the list by a graded value, `order`
    /// re-sorts it by what the viewer sees with a public tie-break, so the order cannot rank what the mask hides.
    public static func each<Value: Maskable>(
        _ path: WritableKeyPath<Root, [Value]>, ordered order: ((Value, Value) -> Bool)? = nil
    ) -> MaskRule {
        MaskRule { root, viewer in root[keyPath: path] = root[keyPath: path].masked(for: viewer, ordered: order) }
    }
}
