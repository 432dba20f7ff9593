import Testing
@testable import OneScreenCore

/// Numbers the screen cannot show are refused at the door, and the same text means the same number in CSV and JSON.
@Suite struct NumberRangeTests {
    let customer = #"{"type":"customer","id":"C1","name":"金鼎餐饮","kind":"restaurant","region":"华东","channel":"直营","since":"2024-01-02"}"#

    @Test func figuresBeyondTheShownRangeAreRejectedWithTheirField() throws {
        let ingest = try HostileIngest()
        let lines = [
            #"{"type":"reading","metric":"cold.temp","site":"A","stage":"transport","time":"2026-11-23T08:00:00+08:00","value":1e17,"unit":"°C"}"#,
            #"{"type":"standard","id":"S1","name":"n","metric":"cold.temp","max":1e17,"unit":"°C","level":3}"#,
            #"{"type":"contract","id":"K1","title":"t","counterparty":"c","amount":1e27,"status":"draft","owner":"o"}"#,
            #"{"type":"marketing","day":"2026-11-20","channel":"c","campaign":"x","spend":1e308,"impressions":1,"clicks":1,"conversions":1,"new_customers":1,"revenue":1}"#,
            #"{"type":"reading","metric":"cold.temp","site":"A","stage":"transport","time":"2026-11-23T08:01:00+08:00","value":-1000000000000000,"unit":"°C"}"#,
        ]
        let (summary, reported) = ingest.run(lines.joined(separator: "\n"))
        #expect(summary.rejected == 4)
        #expect(summary.accepted == 1)
        #expect(reported == [
            "input.jsonl:1: value: 1e+17 is outside ±1e15, the range the dashboard shows exactly",
            "input.jsonl:2: max: 1e+17 is outside ±1e15, the range the dashboard shows exactly",
            "input.jsonl:3: amount: 1e+27 is outside ±1e15, the range the dashboard shows exactly",
            "input.jsonl:4: spend: 1e+308 is outside ±1e15, the range the dashboard shows exactly",
        ])
    }

    @Test func integersBeyondTwoToThe53AreRejectedNotRounded() throws {
        let ingest = try HostileIngest()
        let (summary, reported) = ingest.run(customer + "\n" + #"{"type":"order","id":"O1","customer":"C1","time":"2026-11-20T12:00:00+08:00","amount":9007199254740993,"category":"c","channel":"d"}"#)
        #expect(summary.rejected == 1)
        #expect(reported.first?.hasPrefix("input.jsonl:2: amount: ") == true, "\(reported)")
        #expect(try ingest.count("SELECT count(*) FROM orders") == 0)
    }

    @Test func aWholeEpochWithAFractionPartReadsTheSameInCSVAndJSON() throws {
        let ingest = try HostileIngest()
        let csv = "metric,site,stage,time,value,unit\ncold.temp,A,transport,1792540800.0,3.5,°C\n"
        let json = #"{"type":"reading","metric":"cold.temp","site":"B","stage":"transport","time":1792540800.0,"value":3.5,"unit":"°C"}"#
        let (c, cr) = ingest.run(csv, name: "readings.csv")
        let (j, jr) = ingest.run(json)
        #expect(c.accepted == 1, "\(cr)")
        #expect(j.accepted == 1, "\(jr)")
    }

    @Test func hexFloatsAndWordsForInfinityAreNotNumbersInCSV() throws {
        let ingest = try HostileIngest()
        let csv = "metric,site,stage,time,value,unit\n"
            + "cold.temp,A,transport,2026-11-23T08:00:00+08:00,0x1p3,°C\n"
            + "cold.temp,A,transport,2026-11-23T08:01:00+08:00,inf,°C\n"
            + "cold.temp,A,transport,2026-11-23T08:02:00+08:00,nan,°C\n"
            + "cold.temp,A,transport,2026-11-23T08:03:00+08:00, +2.5e0 ,°C\n"
        let (summary, reported) = ingest.run(csv, name: "readings.csv")
        #expect(summary.accepted == 1)
        #expect(reported == [
            "readings.csv:2: value: expected a number, got '0x1p3'",
            "readings.csv:3: value: expected a number, got 'inf'",
            "readings.csv:4: value: expected a number, got 'nan'",
        ])
    }
}
