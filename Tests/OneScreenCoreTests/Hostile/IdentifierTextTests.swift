import Testing
@testable import OneScreenCore

/// Text that would draw as nothing or as something else than it says is refused with the field that holds it.
@Suite struct IdentifierTextTests {
    func reading(site: String) -> String {
        #"{"type":"reading","metric":"cold.temp","site":"\#(site)","stage":"transport","time":"2026-11-23T08:00:00+08:00","value":3,"unit":"°C"}"#
    }

    @Test func invisibleBidiAndZalgoIdentifiersAreRejected() throws {
        let ingest = try HostileIngest()
        let lines = [
            reading(site: "\u{200B}\u{200B}"),
            reading(site: "\u{3000}"),
            reading(site: "abc\u{202E}fdp.exe"),
            reading(site: "a" + String(repeating: "\u{0301}", count: 5000)),
            reading(site: "沪A·冷链07"),
            reading(site: "👩‍👩‍👧‍👦 café"),
        ]
        let (summary, reported) = ingest.run(lines.joined(separator: "\n"))
        #expect(summary.accepted == 2)
        #expect(reported == [
            "input.jsonl:1: site: is only spaces or invisible characters",
            "input.jsonl:2: site: is only spaces or invisible characters",
            "input.jsonl:3: site: contains the bidirectional control U+202E, which reorders the text on screen",
            "input.jsonl:4: site: has more than 16 combining marks on one character",
        ])
    }
}
