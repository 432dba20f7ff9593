/// What a piece of the screen *means*. Widgets and pages style by role; a theme maps each role to colours and
/// attributes. Raw values are the keys of theme files.
public enum ThemeRole: String, CaseIterable, Hashable, Sendable {
    case background
    case text
    case muted
    case border
    case title
    case accent
    case ok
    case warn
    case critical
    case level1
    case level2
    case level3
    case level4
    case sparkline
    case selection

    /// The role a theme file's missing entry borrows from before falling back to the built-in default, so a short
    /// theme that only sets `warn` and `critical` still gets matching alert levels (like btop's related keys).
    public var related: ThemeRole? {
        switch self {
        case .level1, .level4: .critical  // system fault, compliance risk: the severe ones
        case .level2, .level3: .warn  // performance decline, business anomaly
        case .sparkline, .selection, .title: .accent
        case .border: .muted
        case .muted: .text
        case .background, .text, .accent, .ok, .warn, .critical: nil
        }
    }
}
