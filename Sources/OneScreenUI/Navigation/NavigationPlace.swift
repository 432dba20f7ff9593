/// Where the user was before following a link or a jump: Esc goes back there.
public struct NavigationPlace: Sendable, Equatable {
    public var page: PageKind
    public var detail: String?
    public var selection: Int
    public var selectedID: String?
    public var list: Int
    public var filter: String
}
