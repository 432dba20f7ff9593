import Testing
@testable import OneScreenCore

@Suite struct JSONLineParserTests {
    func parse(_ s: String) -> Result<[RawField], JSONLineParser.SyntaxError> { JSONLineParser.parse(Array(s.utf8)) }

    @Test func flatObjectWithEveryValueKind() throws {
        let fields = try parse(#"{"a":"x","b":-1.5e2,"c":true,"d":null,"e":[1,{"f":2}],"g":"沪A·冷链07"}"#).get()
        #expect(fields.map(\.name) == ["a", "b", "c", "d", "e", "g"])
        #expect(fields[0].value == .string("x"))
        #expect(fields[1].value == .number(-150))
        #expect(fields[2].value == .bool(true))
        #expect(fields[3].value == .null)
        #expect(fields[4].value == .composite)
        #expect(fields[5].value == .string("沪A·冷链07"))
    }

    @Test func escapesAndSurrogatePairs() throws {
        let fields = try parse(#"{"q":"say \"hi\"\\ \u00e9 \ud83e\udd69 \/"}"#).get()
        #expect(fields[0].value == .string("say \"hi\"\\ é 🥩 /"))
    }

    @Test func nonFiniteLiteralsAreNamedNotRejectedAsSyntax() throws {
        #expect(try parse(#"{"v":NaN}"#).get()[0].value == .nonFinite("NaN"))
        #expect(try parse(#"{"v":-Infinity}"#).get()[0].value == .nonFinite("-Infinity"))
        #expect(try parse(#"{"v":1e999}"#).get()[0].value == .nonFinite("1e999"))
    }

    @Test(arguments: [
        (#"{"a":1"#, "expected ',' or '}'"),
        (#"{"a":1,}"#, "expected a field name"),
        (#"["a"]"#, "must be a JSON object"),
        (#"{"a":01}"#, "may not start with 0"),
        (#"{"a":"x"} trailing"#, "after the end of the object"),
        (#"{"a":"unterminated}"#, "unterminated string"),
        (#"{"a":"\ud800"}"#, "surrogate"),
    ])
    func syntaxErrorsSayWhat(line: String, reason: String) {
        guard case .failure(let e) = parse(line) else { Issue.record("parsed: \(line)"); return }
        #expect(e.reason.contains(reason), "\(e.reason)")
    }

    @Test func invalidUTF8IsASyntaxError() {
        var bytes = Array(#"{"a":""#.utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array(#""}"#.utf8)
        guard case .failure(let e) = JSONLineParser.parse(bytes) else { Issue.record("accepted invalid UTF-8"); return }
        #expect(e.reason.contains("UTF-8"))
    }
}
