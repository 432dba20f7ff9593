/// What a click on the screen means, as recorded by the widget that drew that part of it.
public enum HitTarget: Hashable, Sendable {
    /// An overview pane, which stands for the page it summarises.
    case pane(PageKind)
    /// Row `index` of list `list` of the page (see `Navigation.list`), counted in the list's own order, not on screen.
    case row(list: Int, index: Int)
}
