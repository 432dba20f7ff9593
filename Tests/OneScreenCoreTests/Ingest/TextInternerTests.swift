import Testing
@testable import OneScreenCore

@Suite struct TextInternerTests {
    func string(_ interner: TextInterner, _ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { interner.string($0) }
    }

    @Test func aRepeatIsTheSameTextAndDifferentBytesStayApart() {
        let interner = TextInterner()
        let site = Array("苏·门店00121".utf8)
        #expect(string(interner, site) == "苏·门店00121")
        #expect(string(interner, site) == "苏·门店00121")
        #expect(string(interner, Array("苏·门店00122".utf8)) == "苏·门店00122")
        // Canonically equivalent but different bytes (é precomposed, e + combining acute) are two strings.
        let composed = string(interner, [0xC3, 0xA9]), decomposed = string(interner, [0x65, 0xCC, 0x81])
        #expect(composed.map { Array($0.utf8) } == [0xC3, 0xA9])
        #expect(decomposed.map { Array($0.utf8) } == [0x65, 0xCC, 0x81])
        #expect(string(interner, []) == "")
    }

    @Test func invalidUTF8IsRefusedEveryTime() {
        let interner = TextInterner()
        for _ in 0..<2 {
            #expect(string(interner, [0xC3, 0x28]) == nil)
            #expect(string(interner, [0xED, 0xA0, 0x80]) == nil)
        }
    }

    @Test func aFullTableStartsOverAndStillAnswersRight() {
        let interner = TextInterner()
        for n in 0..<(TextInterner.capacity + 10) { #expect(string(interner, Array("L\(n)".utf8)) == "L\(n)") }
        #expect(string(interner, Array("L0".utf8)) == "L0")
    }
}
