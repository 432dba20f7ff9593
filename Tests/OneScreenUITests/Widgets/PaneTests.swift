import Testing
@testable import OneScreenUI

@Suite("Pane")
struct PaneTests {
    @Test("a frame with the title set into the top border and a right title when there is room")
    func framed() {
        #expect(render(Pane(title: "质量", rightTitle: "12"), width: 20, height: 3) == [
            "┌─ 质量 ────── 12 ─┐",
            "│                  │",
            "└──────────────────┘",
        ])
    }

    @Test("the right title gives way to the title; a long title is cut without moving the corner")
    func narrow() {
        #expect(render(Pane(title: "质量", rightTitle: "12"), width: 12, height: 2) == [
            "┌─ 质量 ───┐",
            "└──────────┘",
        ])
        #expect(render(Pane(title: "质量标准电子化监控"), width: 12, height: 2)[0] == "┌─ 质量… ──┐")
        #expect(render(Pane(title: "质量标准电子化监控"), width: 11, height: 2)[0] == "┌─ 质量… ─┐")
        #expect(render(Pane(title: "Quality"), width: 8, height: 2, glyphs: .ascii)[0] == "+- Q~ -+")
    }

    @Test("content goes inside the frame and the padding")
    func inner() {
        #expect(Pane(padding: 1).inner(of: Rect(x: 2, y: 3, width: 10, height: 5)) == Rect(x: 4, y: 4, width: 6, height: 3))
        #expect(Pane(padding: 0).inner(of: Rect(x: 0, y: 0, width: 2, height: 2)).isEmpty)
        #expect(Pane().inner(of: Rect(x: 0, y: 0, width: 1, height: 1)).isEmpty)
    }

    @Test("ASCII frame, and the accent role when focused")
    func asciiAndFocus() {
        #expect(render(Pane(title: "Alerts"), width: 12, height: 3, glyphs: .ascii) == [
            "+- Alerts -+", "|          |", "+----------+",
        ])
        var screen = Screen(width: 4, height: 2)
        Pane(isFocused: true).render(in: screen.area, on: &screen, glyphs: .unicode)
        #expect(screen[0, 0].style == Style(.accent))
    }

    @Test("too small for a frame draws nothing", arguments: [(0, 0), (1, 1), (1, 5), (5, 1)])
    func tiny(width: Int, height: Int) {
        let lines = render(Pane(title: "质量"), width: width, height: height)
        #expect(lines == Array(repeating: String(repeating: " ", count: width), count: height))
    }

    @Test("the smallest frame is four corners")
    func corners() {
        #expect(render(Pane(title: "质量"), width: 2, height: 2) == ["┌┐", "└┘"])
    }
}
