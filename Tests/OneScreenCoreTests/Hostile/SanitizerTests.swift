import Testing
@testable import OneScreenCore

/// Everything printed or logged from input goes through one sanitiser: one line, no escapes, nothing reordered.
@Suite struct SanitizerTests {
    @Test func controlsAndBidiBecomeVisibleEscapes() {
        #expect(Sanitizer.line("plain 沪A·冷链07 °C") == "plain 沪A·冷链07 °C")
        #expect(Sanitizer.line("a\nb\r\tc") == "a\\nb\\r\\tc")
        #expect(Sanitizer.line("\u{1B}]0;owned\u{07}") == "\\x1B]0;owned\\x07")
        #expect(Sanitizer.line("\u{7F}\u{9B}31m") == "\\x7F\\u{009B}31m")
        #expect(Sanitizer.line("abc\u{202E}fdp.exe") == "abc\\u{202E}fdp.exe")
        #expect(Sanitizer.line("x\u{2028}y\u{2066}z") == "x\\u{2028}y\\u{2066}z")
    }

    @Test func ingestMessagesQuoteInputSanitised() throws {
        let ingest = try HostileIngest()
        let csv = "metric,site,stage,time,value,unit\ncold.temp,A,transport,2026-11-23T08:00:00+08:00,\u{1B}]0;pwned\u{07},°C\n"
        let (_, reported) = ingest.run(csv, name: "readings.csv")
        #expect(reported == ["readings.csv:2: value: expected a number, got '\\x1B]0;pwned\\x07'"])
        let (_, json) = ingest.run(#"{"type":"customer","na\u001bme\n":"x"}"#)
        #expect(json.allSatisfy { !$0.contains("\u{1B}") && !$0.contains("\n") }, "\(json)")
    }
}
