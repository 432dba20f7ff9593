import Foundation
import GRDB
import OneScreenTestSupport
import Testing
@testable import OneScreenCore

/// Ingest as a user meets it: real files, a real SQLite store, and the report a person reads.
@Suite struct IngestTests {
    let dir = TemporaryDirectory("ingest")
    let now = TimestampParser.parse("2026-11-23T10:00:00+08:00")!

    func ingest(_ paths: [String], type: RecordType? = nil, store: Store? = nil) throws -> (IngestSummary, [String], Store) {
        let store = try store ?? Store(path: dir.file("store.sqlite"))
        var reported: [String] = []
        let (inputs, unreadable) = IngestInput.resolve(paths: paths, type: type)
        let now = self.now
        let ingestor = Ingestor(writer: StoreWriter(store: store), now: { now }, report: { reported.append($0.description) })
        var summary = ingestor.run(inputs)
        summary.unreadable += unreadable.count
        return (summary, reported + unreadable, store)
    }

    func count(_ store: Store, _ sql: String) throws -> Int {
        try DatabaseQueue(path: store.path).read { try Int.fetchOne($0, sql: sql)! }
    }

    @Test func goodRowsSurviveEveryKindOfBadRow() throws {
        let tenMB = #"{"type":"reading","note":""# + String(repeating: "x", count: 10 << 20) + #""}"#
        let lines = [
            #"{"type":"customer","id":"C1","name":"金鼎餐饮（徐汇店）","kind":"restaurant","region":"华东","channel":"直营","contact":"王敏","phone":"13812345678","since":"2024-01-02"}"#,
            #"{"type":"contract","id":"K1","title":"2026年度冷链配送框架合同","counterparty":"沪联物流","amount":1200000,"status":"performing","owner":"李强"}"#,
            #"{"type":"reading","metric":"truck.temp","site":"沪A·冷链07","stage":"transport","time":"2026-11-23T08:00:00+08:00","value":3.4,"unit":"°C","lot":"L20261122-031"}"#,
            #"{"type":"reading","metric":"truck.temp","site":"沪A·冷链07","stage":"transport","time":"2026-11-23T08:05:00+08:00","value":3.6,"unit":"°C"}"#,
            #"{"type":"reading","metric":"truck.temp","site":"沪A·冷链07","stage":"transport","time":"2026-11-23T08:10:00+08:00","value":"#,  // 6 malformed JSON
            #"{"type":"reading","metric":"truck.temp","site":"沪A·冷链07","stage":"transport","time":"2026-11-23T08:15:00+08:00","unit":"°C"}"#,  // 7 missing value
            #"{"type":"reading","metric":"truck.temp","site":"沪A·冷链07","stage":"transport","time":"2026-11-23T08:20:00+08:00","value":NaN,"unit":"°C"}"#,  // 8 NaN
            tenMB,  // 9 a 10 MB line
            #"{"type":"reading","metric":"truck.temp","site":"沪A·冷链07","stage":"transport","time":"2026-11-24T08:00:00+08:00","value":3,"unit":"°C"}"#,  // 10 future
            #"{"type":"gadget","id":"G1"}"#,  // 11 unknown type
            #"{"type":"order","id":"O-1","customer":"C1","time":"2026-11-20T12:00:00+08:00","amount":88.5,"category":"冷冻食品 \"精选\"","channel":"Robert'); DROP TABLE orders;--"}"#,
            #"{"type":"seal_use","id":"S-1","contract":"K-404","seal":"contract","requested_by":"王敏","time":"2026-11-23T09:12:00+08:00","status":"used"}"#,  // 13 unknown contract
            #"{"type":"seal_use","id":"S-2","contract":"K1","seal":"contract","requested_by":"王敏","time":"2026-11-23T09:12:00+08:00","status":"used"}"#,
            "",
            #"{"type":"tag","customer":"C1","kind":"evaluation","key":"VIP等级","value":"金卡 ' OR 1=1 --"}"#,
        ]
        let file = dir.write("mixed.jsonl", lines.joined(separator: "\n") + "\n")
        let (summary, reported, store) = try ingest([file])

        #expect(summary.accepted == 7)
        #expect(summary.rejected == 7)
        #expect(summary.exitCode == 1)
        #expect(summary.line == "accepted 7, rejected 7, duplicates 0")
        let expected = [
            "mixed.jsonl:5: json: column ", "mixed.jsonl:6: value: required field is missing",
            "mixed.jsonl:7: value: NaN is not a finite number", "mixed.jsonl:8: line: 10485", "mixed.jsonl:9: time: ",
            "mixed.jsonl:10: type: unknown record type 'gadget'", "mixed.jsonl:12: contract: unknown contract 'K-404'",
        ]
        #expect(reported.count == expected.count, "\(reported)")
        for (line, prefix) in zip(reported, expected) { #expect(line.hasSuffix("") && line.contains(prefix.replacingOccurrences(of: "mixed.jsonl", with: file)), "\(line)") }

        #expect(try count(store, "SELECT count(*) FROM reading") == 2)
        #expect(try count(store, "SELECT count(*) FROM orders WHERE channel = 'Robert''); DROP TABLE orders;--' AND category = '冷冻食品 \"精选\"'") == 1)
        #expect(try count(store, "SELECT count(*) FROM tag WHERE value = '金卡 '' OR 1=1 --'") == 1)
        #expect(try count(store, "SELECT count(*) FROM seal_use") == 1)
        #expect(try count(store, "SELECT count(*) FROM reject") == 7)
        #expect(try count(store, "SELECT max(length(raw)) FROM reject") <= IngestLimits.rawKeptBytes)
        #expect(try count(store, "SELECT count(*) FROM reading r JOIN source s ON s.id = r.source_id WHERE s.name LIKE '%mixed.jsonl'") == 2)
    }

    @Test func reingestingTheSameDataAddsNothing() throws {
        let file = dir.write("customers.jsonl", """
            {"type":"customer","id":"C1","name":"甲","kind":"canteen","region":"华北","channel":"直营","since":"2024-01-02"}
            {"type":"customer","id":"C2","name":"乙","kind":"supermarket","region":"华北","channel":"直营","since":"2024-01-02"}
            """)
        let (first, _, store) = try ingest([file])
        #expect(first.line == "accepted 2, rejected 0, duplicates 0")
        let (second, _, _) = try ingest([file], store: store)
        #expect(second.line == "accepted 0, rejected 0, duplicates 2")
        #expect(second.exitCode == 0)
    }

    @Test func updatableRecordsReplaceOnlyWhenChanged() throws {
        let a = dir.write("a.jsonl", #"{"type":"contract","id":"K1","title":"t","counterparty":"c","amount":10,"status":"review","owner":"o"}"#)
        let b = dir.write("b.jsonl", #"{"type":"contract","id":"K1","title":"t","counterparty":"c","amount":10,"status":"approved","owner":"o"}"#)
        let (_, _, store) = try ingest([a])
        #expect(try ingest([b], store: store).0.line == "accepted 1, rejected 0, duplicates 0")
        #expect(try ingest([b], store: store).0.line == "accepted 0, rejected 0, duplicates 1")
        #expect(try count(store, "SELECT count(*) FROM contract WHERE status = 'approved'") == 1)
    }

    @Test func csvWithQuotesNewlinesAndCRLF() throws {
        let file = dir.write("contracts.csv", "\u{FEFF}id,title,counterparty,amount,status,owner,signed,start,end\r\n"
            + "K1,\"冷链配送, 华东\",\"沪联\"\"物流\"\"\",120000,sealed,李强,2026-01-05,2026-01-10,2026-12-31\r\n"
            + "K2,\"两行\n标题\",乙方,5,draft,王敏,,,\r\n"
            + "K3,bad,乙方,abc,draft,王敏,,,\r\n"
            + "K4,short,乙方\r\n")
        let (summary, reported, store) = try ingest([file])
        #expect(summary.line == "accepted 1, rejected 3, duplicates 0", "\(reported)")
        #expect(reported.contains { $0.hasSuffix("contracts.csv:3: title: contains a control character (tab, newline or similar)") })
        #expect(reported.contains { $0.hasSuffix("contracts.csv:5: amount: expected a number, got 'abc'") })
        #expect(reported.contains { $0.hasSuffix("contracts.csv:6: csv: 3 fields, the header has 9") })
        #expect(try count(store, "SELECT count(*) FROM contract WHERE counterparty = '沪联\"物流\"' AND title = '冷链配送, 华东'") == 1)
    }

    @Test func csvHeaderProblemsRefuseTheFileOnce() throws {
        let file = dir.write("readings.csv", "metric,site,stage,time,vaule,unit\nm,s,farm,1763856000,1,°C\n")
        let (summary, reported, _) = try ingest([file])
        #expect(summary.exitCode == 2)
        #expect(reported == ["\(file):1: header: unknown field 'vaule' for reading records (did you mean 'value'?)"])
        let untyped = dir.write("data.csv", "metric,site,stage,time,value\nm,s,farm,1795392000,1\n")
        #expect(try ingest([untyped]).1.first?.contains("cannot tell the record type") == true)
        #expect(try ingest([untyped], type: .reading).1.first?.hasSuffix(":1: header: required field 'unit' has no column") == true)
    }

    @Test func directoryOrderSatisfiesReferences() throws {
        dir.write("in/orders.csv", "id,customer,time,amount,category,channel\nO1,C1,1763856000,10,冷冻食品,美团\n")
        dir.write("in/seal_uses.jsonl", #"{"type":"seal_use","id":"S1","contract":"K1","seal":"company","requested_by":"甲","approved_by":"乙","time":1763856000,"status":"used"}"#)
        dir.write("in/customers.jsonl", #"{"type":"customer","id":"C1","name":"甲","kind":"canteen","region":"华北","channel":"直营","since":"2024-01-02"}"#)
        dir.write("in/contracts.jsonl", #"{"type":"contract","id":"K1","title":"t","counterparty":"c","amount":10,"status":"sealed","owner":"o"}"#)
        dir.write("in/notes.txt", "ignored")
        let (summary, reported, _) = try ingest([dir.file("in")])
        #expect(summary.line == "accepted 4, rejected 0, duplicates 0", "\(reported)")
    }

    @Test func missingFileIsUnreadable() throws {
        let (summary, reported, _) = try ingest([dir.file("nope.jsonl")])
        #expect(summary.exitCode == 2)
        #expect(reported == ["\(dir.file("nope.jsonl")): no such file or directory"])
    }

    @Test func aSeriesKeepsItsUnit() throws {
        let file = dir.write("r.jsonl", """
            {"type":"reading","metric":"m","site":"s","stage":"farm","time":1763856000,"value":1,"unit":"°C"}
            {"type":"reading","metric":"m","site":"s","stage":"farm","time":1763856060,"value":34,"unit":"°F"}
            """)
        let (_, reported, _) = try ingest([file])
        #expect(reported.count == 1 && reported[0].contains(":2: unit: '°F' differs from '°C'"))
    }

    /// The reading insert binds through SQLite's C API: every column must land as sent and a repeat must count as
    /// a duplicate. Site names are compared as SQLite compares them, byte for byte: two spellings of Å that Swift
    /// calls equal (U+00C5 and U+212B) are two series, however the writer's cache was filled.
    @Test func readingsStoreEveryColumnAndCountRepeats() throws {
        let file = dir.write("readings.csv", """
            metric,site,stage,time,value,unit,lot
            cold.temp,沪A·冷链07,transport,2026-11-23T08:00:00+08:00,-18.25,°C,L20261122-031
            cold.temp,沪A·冷链07,transport,2026-11-23T08:01:00+08:00,3,°C,
            cold.temp,沪A·冷链07,transport,2026-11-23T08:00:00+08:00,9,°C,
            cold.temp,沪A·冷链07,transport,2026-11-23T08:02:00+08:00,3,\u{2103},
            cold.temp,\u{00C5}·冷库,warehouse,2026-11-23T08:00:00+08:00,1,°C,
            cold.temp,\u{212B}·冷库,warehouse,2026-11-23T08:00:00+08:00,2,°C,
            """)
        let (summary, reported, store) = try ingest([file])
        #expect(summary.line == "accepted 4, rejected 1, duplicates 1", "\(reported)")
        #expect(reported.count == 1 && reported[0].contains(":5: unit: '\u{2103}' differs from '°C'"), "\(reported)")
        #expect(try count(store, "SELECT count(*) FROM series") == 3)
        let rows = try DatabaseQueue(path: store.path).read { db in
            try Row.fetchAll(db, sql: """
                SELECT s.site, r.time, r.value, r.lot, src.name FROM reading r
                JOIN series s ON s.id = r.series_id JOIN source src ON src.id = r.source_id
                WHERE s.site = '沪A·冷链07' ORDER BY r.time
                """)
        }
        #expect(rows.map { $0[1] as Int64 } == [1_795_392_000_000, 1_795_392_060_000])
        #expect(rows.map { $0[2] as Double } == [-18.25, 3])
        #expect(rows.map { $0[3] as String? } == ["L20261122-031", nil])
        #expect(rows.allSatisfy { $0[4] == file })
    }
}
