import Testing
@testable import OneScreenUI

@Suite("Big digits")
struct BigDigitsTests {
    @Test("a clock five rows tall in full blocks, each block two columns, exactly as wide as it says")
    func unicode() {
        let clock = BigDigits("09:45")
        #expect(clock.width == 34)
        #expect(render(clock, width: 34, height: 5) == [
            "██████  ██████      ██  ██  ██████",
            "██  ██  ██  ██  ██  ██  ██  ██    ",
            "██  ██  ██████      ██████  ██████",
            "██  ██      ██  ██      ██      ██",
            "██████  ██████          ██  ██████",
        ])
    }

    @Test("ASCII terminals get # blocks in the same shapes")
    func ascii() {
        let lines = render(BigDigits("12:30"), width: 36, height: 6, glyphs: .ascii)
        #expect(lines[0] == "  ##    ######      ######  ######  ")
        #expect(lines[4] == "######  ######      ######  ######  ")
        #expect(lines[5] == String(repeating: " ", count: 36))
        #expect(lines.joined().allSatisfy { $0.isASCII })
    }

    @Test("too small for the whole time, nothing: half a time is a wrong time", arguments: [(33, 5), (34, 4), (0, 0), (1, 1)])
    func tooSmall(width: Int, height: Int) {
        let lines = render(BigDigits("09:45"), width: width, height: height)
        #expect(lines.allSatisfy { $0.allSatisfy { $0 == " " } })
    }
}
