import Testing
@testable import OneScreenCore

@Suite struct KioskQuitKeyTests {
    @Test func theDefaultIsNoLetterAndTheConfigNamesOthers() {
        #expect(KioskSettings().quitKey == .control("q"))
        #expect(KioskQuitKey.parse("Ctrl-X") == .control("x"))
        #expect(KioskQuitKey.parse("C-x") == .control("x"))
        #expect(KioskQuitKey.parse("^X") == .control("x"))
        #expect(KioskQuitKey.parse("Q") == .character("Q"))
        #expect(KioskQuitKey.parse("Ctrl-M") == nil, "arrives as Enter")
        #expect(KioskQuitKey.parse("Ctrl-1") == nil)
        #expect(KioskQuitKey.parse("quit") == nil)
        #expect(KioskQuitKey.standard.description == "Ctrl-Q")
    }
}
