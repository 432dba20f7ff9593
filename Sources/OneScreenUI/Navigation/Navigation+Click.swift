extension Navigation {
    /// Applies a click on `target` (see `Screen.target(atX:y:)`), like btop and k9s: the first click on an overview
    /// pane or a list row selects it, a click on the one already selected opens it as Enter would. A click closes
    /// the help like any key; while a filter is typed, clicks are ignored.
    /// - Parameter rowIDs: the ids of the rows of the list the selection is in, as for `handle(_:rowIDs:sortCount:)`.
    /// - Returns: whether the click meant something.
    @discardableResult
    public mutating func click(_ target: HitTarget?, rowIDs: [String]) -> Bool {
        if showsHelp {
            showsHelp = false
            return true
        }
        guard !capturesText, let target else { return false }
        switch target {
        case .pane(let pane):
            guard page == .overview, let index = OverviewPage.panes.firstIndex(of: pane) else { return false }
            if selection == index { return handle(.enter, rowIDs: rowIDs) }
            select(index, in: rowIDs)
        case .row(let list, let index):
            if list == self.list, selection == index { return handle(.enter, rowIDs: rowIDs) }
            if list == self.list {
                select(index, in: rowIDs)
            } else {
                // The rows given are the other list's: the next read's `follow` names the row selected here.
                self.list = list
                selection = index
                selectedID = nil
            }
        }
        return true
    }
}
