import Foundation
import Testing
@testable import OneScreenCore

/// The alert table's detail and default message are written and read by hand: what they write must be JSON that
/// JSONSerialization (hooks, `alerts --json`, the detail view) reads as the same values, and what JSONSerialization
/// wrote into older stores must still read.
@Suite struct JSONValueTests {
    static let awkward = ["say \"hi\"", #"back\slash"#, "line\nbreak\ttab\r\u{8}\u{C}", "\u{1}\u{1F}\u{7F}", "沪A·冷链07/truck.temp ≤ 8 °C",
                          "emoji 🧊", "a/b", "", "\u{2028}"]
    static let numbers = [4.2, -16.5, 1e-7, 1e21, 0, 5, -20, 1550, 0.1 + 0.2, 123456789012, -0.000123]

    /// What JSONSerialization reads from `text`.
    private func foundation(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    @Test func stringsReadBackAsWrittenByTheReaderAndByJSONSerialization() throws {
        for string in Self.awkward {
            let text = JSONValue.string(string).text
            #expect(JSONValue(parsing: text) == .string(string), "\(text)")
            #expect(try foundation(text) as? String == string, "\(text)")
            #expect(!text.utf8.dropFirst().dropLast().contains { $0 < 0x20 }, "control characters are escaped: \(text)")
        }
        #expect(JSONValue.string("沪A").text == "\"沪A\"", "CJK stays UTF-8, not \\u escapes")
        #expect(JSONValue.string("a\"\\\n\u{1}").text == #""a\"\\\n\u0001""#)
    }

    @Test func numbersAreShortestRoundTripAndIntegralOnesHaveNoFraction() throws {
        #expect(JSONValue.array([.number(4.2), .number(-16.5), .number(1e-7), .number(1e21), .number(5), .number(-20)]).text
                == "[4.2,-16.5,1e-07,1e+21,5,-20]")
        for number in Self.numbers {
            let text = JSONValue.number(number).text
            #expect(JSONValue(parsing: text) == .number(number), "\(text)")
            // Foundation on Linux reads some 17-digit spellings one unit in the last place off, as it reads its own.
            let read = try #require((try foundation(text) as? NSNumber)?.doubleValue)
            #expect(abs(read - number) <= number.ulp, "\(text)")
        }
        #expect(JSONValue.number(.nan).text == "null")
    }

    @Test func objectsWriteSortedKeysAndRoundTrip() throws {
        let value = JSONValue.object([
            "series": .array([.string("沪A·冷链07/truck.temp")]), "peak": .array([.number(9.5)]), "max": .number(8),
            "nested": .object(["b": .bool(true), "a": .null, "B": .string("\"")]), "empty": .object([:]), "none": .array([]),
        ])
        let text = value.text
        #expect(text == #"{"empty":{},"max":8,"nested":{"B":"\"","a":null,"b":true},"none":[],"peak":[9.5],"series":["沪A·冷链07/truck.temp"]}"#)
        #expect(JSONValue(parsing: text) == value)
        let read = try #require(try foundation(text) as? [String: Any])
        #expect(read["series"] as? [String] == ["沪A·冷链07/truck.temp"])
        #expect(value.text == text, "the same value writes the same text")
    }

    @Test func textJSONSerializationWroteStillReads() throws {
        let object: [String: Any] = ["peak_at": "2026-11-23T09:00:00+08:00", "peak": [9.5, 5, 1e-7], "series": Self.awkward,
                                     "max": 8, "min": -16.5, "values": ["site": "沪·冷库01", "value": "-15.5"]]
        for options: JSONSerialization.WritingOptions in [[.sortedKeys, .withoutEscapingSlashes], [.prettyPrinted], []] {
            let text = String(decoding: try JSONSerialization.data(withJSONObject: object, options: options), as: UTF8.self)
            let read = try #require(JSONValue(parsing: text)?.objectValue, "\(text)")
            #expect(read["series"] == .array(Self.awkward.map(JSONValue.string)))
            #expect(read["peak"] == .array([.number(9.5), .number(5), .number(1e-7)]))
            #expect(read["max"] == .number(8) && read["min"] == .number(-16.5))
            #expect(read["values"] == .object(["site": .string("沪·冷库01"), "value": .string("-15.5")]))
        }
        #expect(JSONValue(parsing: #" { "a" : [ 1 , "\u6c2a\/\ud83e\uddca" ] } "#) == .object(["a": .array([.number(1), .string("氪/🧊")])]))
    }

    @Test func whatIsNotOneJSONValueReadsAsNothing() {
        for text in ["", "{", "[1,]", #"{"a":1,}"#, #"{"a" 1}"#, "{} {}", "NaN", "[Infinity]", #""unterminated"#, "\"raw\ncontrol\"",
                     #""\x""#, "01", String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)] {
            #expect(JSONValue(parsing: text) == nil, "\(text.prefix(40))")
        }
    }

    @Test func aDefaultMessageWrittenByJSONSerializationStillReads() throws {
        let values = ["site": "沪A·冷链07", "band": "≤ 8", "note": "say \"hi\"\n", "since": "2026-11-23T09:00:00+08:00"]
        let old = String(decoding: try JSONSerialization.data(withJSONObject: ["kind": "band", "values": values],
                                                              options: [.sortedKeys, .withoutEscapingSlashes]), as: UTF8.self)
        let message = DefaultMessage(kind: .band, values: values)
        #expect(DefaultMessage(json: old) == message)
        #expect(DefaultMessage(json: message.json) == message)
        #expect(DefaultMessage(json: #"{"kind":"band","values":{"value":9}}"#) == nil, "values are strings")
    }
}
