/// A complete mapping from every role to how it looks. Always complete: whatever a theme file leaves out is filled in
/// when the theme is built, so drawing code never meets a missing role.
///
/// `Theme.default` and `Theme.mono` live in code, so `NO_COLOR`, a missing `themes/` folder or a broken theme file
/// still give a working screen.
public struct Theme: Hashable, Sendable {
    public let name: String
    private let appearances: [ThemeRole: RoleAppearance]

    /// - Parameters:
    ///   - roles: the roles this theme sets.
    ///   - base: where an unset role comes from, after its `related` role in `roles`; plain when `nil`.
    public init(name: String, roles: [ThemeRole: RoleAppearance], base: Theme? = nil) {
        self.name = name
        var complete: [ThemeRole: RoleAppearance] = [:]
        for role in ThemeRole.allCases {
            complete[role] = roles[role] ?? role.related.flatMap { roles[$0] } ?? base?[role] ?? RoleAppearance()
        }
        appearances = complete
    }

    public subscript(role: ThemeRole) -> RoleAppearance {
        appearances[role] ?? RoleAppearance()
    }

    /// The palette colours and attributes `style` gets under this theme at colour depth `mode`.
    public func resolve(_ style: Style, mode: ColorMode) -> ResolvedStyle {
        let foreground = self[style.foreground ?? .text]
        let background = self[style.background ?? .background]
        var attributes = style.attributes.union(foreground.attributes)
        if let role = style.background {
            attributes.formUnion(background.attributes)
            // Without colour a background role would vanish; reverse video keeps a selected row visible.
            if mode == .none, self[role].hasColor { attributes.insert(.reverse) }
        }
        return ResolvedStyle(
            foreground: foreground.color(for: mode),
            background: background.color(for: mode),
            attributes: attributes,
            mode: mode
        )
    }

    /// Themes available without any file, in the order the `t` key cycles them.
    public static let builtIn: [Theme] = [.default, .mono]

    /// Dark terminals; the terminal keeps its own background so the dashboard sits in it like any other tool.
    public static let `default` = Theme(name: "default", roles: [
        .background: RoleAppearance(),
        .text: RoleAppearance(color256: 252, color16: 7),
        .muted: RoleAppearance(color256: 245, color16: 8),
        .border: RoleAppearance(color256: 240, color16: 8),
        .title: RoleAppearance(color256: 75, color16: 12, attributes: .bold),
        .accent: RoleAppearance(color256: 81, color16: 14),
        .ok: RoleAppearance(color256: 114, color16: 10),
        .warn: RoleAppearance(color256: 214, color16: 11),
        .critical: RoleAppearance(color256: 203, color16: 9, attributes: .bold),
        .level1: RoleAppearance(color256: 196, color16: 9, attributes: .bold),
        .level2: RoleAppearance(color256: 214, color16: 11),
        .level3: RoleAppearance(color256: 208, color16: 3, attributes: .bold),
        .level4: RoleAppearance(color256: 171, color16: 13, attributes: .bold),
        .sparkline: RoleAppearance(color256: 81, color16: 6),
        .selection: RoleAppearance(color256: 24, color16: 4),
    ])

    /// No colour at all, for `NO_COLOR` and terminals without colour: severity is carried by bold, underline and
    /// reverse, and by the words and symbols widgets always print next to colour.
    public static let mono = Theme(name: "mono", roles: [
        .background: RoleAppearance(),
        .text: RoleAppearance(),
        .muted: RoleAppearance(attributes: .dim),
        .border: RoleAppearance(attributes: .dim),
        .title: RoleAppearance(attributes: .bold),
        .accent: RoleAppearance(attributes: .bold),
        .ok: RoleAppearance(),
        .warn: RoleAppearance(attributes: .bold),
        .critical: RoleAppearance(attributes: [.bold, .reverse]),
        .level1: RoleAppearance(attributes: [.bold, .reverse]),
        .level2: RoleAppearance(attributes: .bold),
        .level3: RoleAppearance(attributes: [.bold, .underline]),
        .level4: RoleAppearance(attributes: .reverse),
        .sparkline: RoleAppearance(),
        .selection: RoleAppearance(attributes: .reverse),
    ])
}
