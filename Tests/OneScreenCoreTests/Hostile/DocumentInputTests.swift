import Testing
@testable import OneScreenCore

/// A JSON document where JSON Lines are expected is one clear problem with the fix, not one per line.
@Suite struct DocumentInputTests {
    static let hint = "json: this is one JSON document (an array or a pretty-printed object), not JSON Lines; write one record per line, e.g. jq -c '.[]' FILE > FILE.jsonl"

    @Test(arguments: [
        "[\n  {\"type\": \"customer\", \"id\": \"C9\"}\n]\n",
        "{\n  \"type\": \"customer\",\n  \"id\": \"C9\"\n}\n",
        "{\"type\": \"customer\",\n  \"id\": \"C9\"\n}\n",
    ])
    func aPrettyPrintedFileGetsOneErrorWithAHint(text: String) throws {
        let ingest = try HostileIngest()
        let (summary, reported) = ingest.run(text, name: "export.json")
        #expect(reported == ["export.json:1: " + Self.hint])
        #expect(summary.exitCode == 2)
    }

    @Test func aTruncatedRecordOnTheFirstLineIsStillThatRowsError() throws {
        let ingest = try HostileIngest()
        let (summary, reported) = ingest.run(#"{"type":"customer","id":"C1""# + "\n")
        #expect(summary.rejected == 1)
        #expect(reported.first?.contains("unexpected end of line") == true, "\(reported)")
    }
}
