import OneScreenTestSupport
import Testing
@testable import OneScreenUI

@Suite("Display width against the C library")
struct DisplayWidthLibCTests {
    /// The blocks a dashboard in China shows: Latin, punctuation, symbols and box drawing, CJK, kana, Hangul,
    /// full-width forms, emoji.
    static let blocks: [ClosedRange<UInt32>] = [
        0x20...0x7E, 0xA0...0x2FF, 0x2000...0x2BFF, 0x2E80...0x9FFF, 0xA960...0xA97F, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE6F, 0xFF00...0xFFEF, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2A6DF,
    ]

    @Test("every printable scalar the C library knows is as wide in our table")
    func agreesWithWcwidth() {
        var disagreements: [String] = []
        for block in Self.blocks {
            for value in block {
                guard let scalar = Unicode.Scalar(value), let expected = TerminalColumns.width(of: String(scalar)) else { continue }
                // A scalar the C library does not know yet (newer Unicode) has nothing to compare with.
                guard scalar.properties.age != nil else { continue }
                let ours = DisplayWidth.width(of: scalar)
                if ours != expected {
                    disagreements.append("U+\(String(value, radix: 16, uppercase: true)) ours \(ours) libc \(expected)")
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count): \(disagreements.prefix(40))")
    }
}
