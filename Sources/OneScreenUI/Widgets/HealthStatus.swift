/// Whether a figure is fine, needs a look, or needs action now: the three states every tile and freshness marker
/// shares, each with its role and a word that says it without colour.
public enum HealthStatus: Sendable, Hashable, CaseIterable {
    case ok
    case warn
    case critical

    public var role: ThemeRole {
        switch self {
        case .ok: .ok
        case .warn: .warn
        case .critical: .critical
        }
    }

    /// The status as a word, for when the page gives none (pages pass their own, translated).
    public var word: String {
        switch self {
        case .ok: "OK"
        case .warn: "WARN"
        case .critical: "CRIT"
        }
    }

    /// Bold in its role; critical also in reverse video, so it stands out on any theme, in colour or not.
    public var style: Style {
        self == .critical ? Style(role, [.bold, .reverse]) : Style(role, .bold)
    }
}
