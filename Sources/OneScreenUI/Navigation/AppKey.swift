/// The dashboard's own keys, on every page unless a filter or a prompt takes the typing: the app carries them out
/// (see the CLI's `DashboardState`), the help lists them.
public enum AppKey: Sendable, Equatable, CaseIterable {
    case quit, refresh, pause, theme

    /// The key's meaning, nil for keys that are the page's.
    public init?(_ key: Key) {
        switch key {
        case .character("q"), .character("Q"), .control("c"): self = .quit
        case .character("r"): self = .refresh
        case .character("p"): self = .pause
        case .character("t"): self = .theme
        default: return nil
        }
    }
}
