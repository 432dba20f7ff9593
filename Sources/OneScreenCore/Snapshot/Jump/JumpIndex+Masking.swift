extension JumpIndex {
    /// The index as `viewer` may see it: names masked as everywhere else, and no sites for a viewer who may not see
    /// them (the id of a site is its name).
    public func masked(for viewer: Viewer) -> JumpIndex {
        JumpIndex(entries: entries.compactMap { entry in
            var entry = entry
            switch entry.target {
            case .customer: entry.label = viewer.text(entry.label, as: .customerName)
            case .contract: entry.label = viewer.text(entry.label, as: .contractTitle)
            case .site, .series: if viewer.mask(for: .site) != nil { return nil }
            case .lot, .alert: break
            }
            return entry
        })
    }
}
