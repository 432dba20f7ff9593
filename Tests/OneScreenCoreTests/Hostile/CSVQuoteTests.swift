import Testing
@testable import OneScreenCore

/// A stray quote in a CSV is that row's business: the rows after it are read as rows.
@Suite struct CSVQuoteTests {
    let header = "metric,site,stage,time,value,unit,lot\n"

    func row(_ minute: Int, lot: String = "L1") -> String {
        "cold.temp,A,transport,2026-11-23T08:\(minute < 10 ? "0" : "")\(minute):00+08:00,3.5,°C,\(lot)\n"
    }

    @Test func aQuoteInsideAnUnquotedFieldIsTextAndLosesNoRow() throws {
        let ingest = try HostileIngest()
        var csv = header + row(0, lot: #"5" probe"#)
        for minute in 1..<60 { csv += row(minute) }
        let (summary, reported) = ingest.run(csv, name: "readings.csv")
        #expect(reported.isEmpty)
        #expect(summary.accepted == 60)
        #expect(try ingest.count(#"SELECT count(*) FROM reading"#) == 60)
    }

    @Test func aQuoteThatNeverClosesRejectsItsOwnRowOnly() throws {
        let ingest = try HostileIngest()
        var csv = header + row(0) + #"cold.temp,A,transport,2026-11-23T08:01:00+08:00,3.5,°C,"unclosed"# + "\n"
        for minute in 2..<60 { csv += row(minute) }
        let (summary, reported) = ingest.run(csv, name: "readings.csv")
        #expect(summary.accepted == 59)
        #expect(summary.rejected == 1)
        #expect(reported.count == 1)
        #expect(reported.first?.hasPrefix("readings.csv:3: csv: a quoted field opens here and does not close") == true, "\(reported)")
    }

    @Test func aQuotedFieldMaySpanLines() {
        var fields: [String] = []
        let record = Array("a,\"two\nlines, \"\"quoted\"\"\",c".utf8)
        #expect(!CSVParser.isOpen(record))
        #expect(CSVParser.isOpen(Array("a,\"open".utf8)))
        #expect(!CSVParser.isOpen(Array(#"a,5" probe,c"#.utf8)))
        #expect(CSVParser.fields(record, into: &fields) == nil)
        #expect(fields == ["a", "two\nlines, \"quoted\"", "c"])
    }
}
