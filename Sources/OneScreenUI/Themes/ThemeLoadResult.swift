/// What loading a theme gives: always a usable theme, plus whatever went wrong on the way. Errors never stop the
/// dashboard; the caller shows them (status line, stderr) and carries on with `theme`.
public struct ThemeLoadResult: Sendable {
    public let theme: Theme
    public let errors: [ThemeError]

    public init(theme: Theme, errors: [ThemeError]) {
        self.theme = theme
        self.errors = errors
    }
}
