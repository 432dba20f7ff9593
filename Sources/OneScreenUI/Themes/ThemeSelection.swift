/// The theme and colour depth a frame is drawn with, and what went wrong choosing them (shown in the status line or on
/// stderr; drawing carries on with `theme` regardless).
public struct ThemeSelection: Sendable {
    public let theme: Theme
    public let colorMode: ColorMode
    public let errors: [ThemeError]

    public init(theme: Theme, colorMode: ColorMode, errors: [ThemeError]) {
        self.theme = theme
        self.colorMode = colorMode
        self.errors = errors
    }
}
