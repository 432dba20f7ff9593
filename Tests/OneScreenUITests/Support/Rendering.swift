import OneScreenTestSupport
@testable import OneScreenUI

/// Draws `widget` on a fresh `width` x `height` screen and returns the rows as text.
func render(_ widget: some Widget, width: Int, height: Int, glyphs: Glyphs = .unicode) -> [String] {
    var screen = Screen(width: width, height: height)
    widget.render(in: screen.area, on: &screen, glyphs: glyphs)
    return screen.lines()
}
