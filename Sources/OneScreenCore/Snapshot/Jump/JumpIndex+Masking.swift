/// Names are masked as everywhere else; a site's id is its name, so a viewer who may not see sites gets none.
extension JumpIndex: Maskable {
    public static var maskRules: [MaskRule<JumpIndex>] { [.each(\.entries)] }
}

extension JumpEntry: Maskable {
    public static var maskRules: [MaskRule<JumpEntry>] {
        [MaskRule { entry, viewer in
            switch entry.target {
            case .customer: entry.label = viewer.text(entry.label, as: .customerName)
            case .contract: entry.label = viewer.text(entry.label, as: .contractTitle)
            case .site, .series: entry.label = viewer.text(entry.label, as: .site)
            case .lot, .alert: break
            }
        }]
    }
}

extension JumpIndex {
    /// The index for `viewer`: masked, only what the role's pages show, and no sites for a viewer who may not see them.
    public func visible(to viewer: Viewer) -> JumpIndex {
        var index = masked(for: viewer)
        index.entries.removeAll { entry in
            switch entry.target {
            case .lot: !viewer.role.mayOpen(page: "quality")
            case .contract: !viewer.role.mayOpen(page: "contracts")
            case .customer: !viewer.role.mayOpen(page: "customers")
            case .alert: !viewer.role.mayOpen(page: "alerts")
            case .site, .series: !viewer.role.mayOpen(page: "quality") || viewer.mask(for: .site) != nil
            }
        }
        return index
    }
}
