import Testing
@testable import OneScreenCore

/// The byte-level number reader must give exactly what `Double(_:)` gives for every text the record format takes as
/// a number, and nothing for any other text: a CSV cell and a JSON value of the same text mean the same number.
@Suite struct DecimalNumberTests {
    @Test(arguments: ["0", "-0", "3.4", "-18.7", "+2", " 12.5 ", "1200", "0.1", "0.3", "9007199254740993",
                      "123456789012345", "1234567890123456", "0.000001", "1e3", "1.5E-7", "2e22", "2e23", "1e-22",
                      "1e-23", "4.9e-324", "1.7976931348623157e308", "000123.4500", "1.", ".5", "99999999999999999999.5",
                      "1795392000", "1795392000.0"])
    func agreesWithDoubleOnEveryDecimal(text: String) throws {
        let expected = try #require(Double(text.trimmingCharacters()))
        let got = try #require(decimalNumber(text))
        #expect(got.bitPattern == expected.bitPattern, "\(text): \(got) != \(expected)")
    }

    @Test(arguments: ["", " ", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "0x1p3", "inf", "nan", "Infinity", "1,5",
                      "1 2", "--1", "2026-11-23T08:00:00+08:00", "3.4°C", "１２", "12\u{0}"])
    func refusesWhatIsNotADecimal(text: String) {
        #expect(decimalNumber(text) == nil)
    }

    @Test func hugeExponentsOverflowToInfinityAndUnderflowToZero() {
        #expect(decimalNumber("1e400") == .infinity)
        #expect(decimalNumber("-1e99999999999") == -.infinity)
        #expect(decimalNumber("1e-400") == 0)
    }

    @Test func jsonNumbersComeFromTheSameReader() throws {
        let fields = try JSONLineParser.parse(Array(#"{"a":-18.7,"b":1e400,"c":0.1}"#.utf8)).get()
        #expect(fields.map(\.value) == [.number(-18.7), .nonFinite("1e400"), .number(0.1)])
    }
}

private extension String {
    func trimmingCharacters() -> String { String(trimmingSpaces) }
}
