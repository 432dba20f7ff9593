import OneScreenCore

/// A wall screen's frame (`--kiosk`): from `bandMinimumWidth` x `bandMinimumHeight` up, a band on top with the time in
/// big digits and the data's freshness (see `KioskBand`), the page below it; on a smaller terminal the page alone,
/// whose own header and status bar still carry the clock and the freshness. A new L1 or L4 alert puts its banner
/// over the page's header row, where the page only repeats what the band says.
public struct KioskView: Sendable {
    public var page: PageView
    public var rotation: RotationStatus?
    /// New alerts being announced; drawn while `AlertBanner.isShowing`.
    public var banner: AlertBanner?

    /// Below this the big digits would crowd out the page they are meant to frame.
    public static let bandMinimumWidth = 100
    public static let bandMinimumHeight = 30

    public init(page: PageView, rotation: RotationStatus? = nil, banner: AlertBanner? = nil) {
        var page = page
        page.showsSelection = false
        self.page = page
        self.rotation = rotation
        self.banner = banner
    }

    public func screen(width: Int, height: Int, glyphs: Glyphs) -> Screen {
        var screen = Screen(width: width, height: height)
        let area = screen.area
        guard !area.isEmpty else { return screen }
        var pageArea = area
        if area.width >= Self.bandMinimumWidth, area.height >= Self.bandMinimumHeight {
            let parts = area.rows([.length(BigDigits.height), .fill(1)])
            KioskBand(snapshot: page.snapshot, language: page.language, rotation: rotation)
                .render(in: parts[0], on: &screen, glyphs: glyphs)
            pageArea = parts[1]
        }
        page.render(in: pageArea, on: &screen, glyphs: glyphs)
        banner?.render(in: pageArea.row(0), on: &screen, glyphs: glyphs)
        return screen
    }
}
