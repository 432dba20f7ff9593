import Testing
@testable import OneScreenCore

@Suite struct CSVParserTests {
    func parse(_ bytes: [UInt8]) -> Result<[String], CSVParser.SyntaxError> {
        var fields = ["left over from the last row"]
        if let error = CSVParser.fields(bytes, into: &fields) { return .failure(error) }
        return .success(fields)
    }

    func parse(_ s: String) -> Result<[String], CSVParser.SyntaxError> { parse(Array(s.utf8)) }

    @Test func unquotedQuotedAndEmptyFields() throws {
        #expect(try parse("").get() == [""])
        #expect(try parse("a,,b,").get() == ["a", "", "b", ""])
        #expect(try parse(#"沪A·冷链07,5" pipe,"x, ""y""","",z"#).get() == ["沪A·冷链07", #"5" pipe"#, #"x, "y""#, "", "z"])
        #expect(try parse("\"two\nlines\",°C").get() == ["two\nlines", "°C"])
    }

    @Test(arguments: [
        (#"a,"b"c,d"#, "text after the closing quote of field 2"),
        (#"a,"b"#, "unterminated quoted field 2"),
    ])
    func brokenQuoting(line: String, reason: String) {
        guard case .failure(let e) = parse(line) else { Issue.record("parsed \(line)"); return }
        #expect(e.reason == reason)
    }

    @Test func invalidUTF8IsNamedByField() {
        for bytes: [UInt8] in [[0x61, 0x2C, 0xC3, 0x28], [0x61, 0x2C, 0x22, 0xED, 0xA0, 0x80, 0x22]] {
            guard case .failure(let e) = parse(bytes) else { Issue.record("parsed \(bytes)"); return }
            #expect(e.reason == "field 2 is not valid UTF-8")
        }
    }
}
