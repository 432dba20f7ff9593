import Testing
@testable import OneScreenCore

@Suite struct RecordDecoderTests {
    let now = TimestampParser.parse("2026-11-23T10:00:00+08:00")!
    var decoder: RecordDecoder { RecordDecoder(now: now) }

    func decode(_ json: String) -> Decoded {
        decoder.decode(try! JSONLineParser.parse(Array(json.utf8)).get())
    }

    func problems(_ json: String) -> [String] {
        guard case .rejected(let p) = decode(json) else { return [] }
        return p.map(\.description)
    }

    @Test func readingWithRFC3339AndEpochTimes() {
        let a = decode(#"{"type":"reading","metric":"truck.temp","site":"沪A·冷链07","stage":"transport","time":"2026-11-23T08:00:00+08:00","value":3.4,"unit":"°C","lot":"L1"}"#)
        let b = decode(#"{"type":"reading","metric":"truck.temp","site":"沪A·冷链07","stage":"transport","time":1795392000,"value":3.4,"unit":"°C","lot":"L1"}"#)
        #expect(a == b)
        guard case .record(.reading(let r)) = a else { Issue.record("not a reading"); return }
        #expect(r.time == Instant(seconds: Int64(1_795_392_000)))
        #expect(r.stage == .transport)
    }

    @Test func everyProblemOfARowIsReportedWithItsField() {
        let p = problems(#"{"type":"reading","metric":"","site":"s","stage":"truck","time":"yesterday","vaule":1,"unit":"°C"}"#)
        #expect(p.contains("metric: is empty"))
        #expect(p.contains { $0.hasPrefix("stage: 'truck' is not one of farm, plant, transport, warehouse, store") })
        #expect(p.contains { $0.hasPrefix("time: 'yesterday' is not an RFC 3339 time") })
        #expect(p.contains("value: required field is missing"))
        #expect(p.contains("vaule: unknown field (did you mean 'value'?)"))
    }

    @Test func futureTimesBeyondFiveMinutesAreRefused() {
        let ok = decode(#"{"type":"order","id":"O1","customer":"C1","time":"2026-11-23T10:04:00+08:00","amount":1,"category":"c","channel":"x"}"#)
        guard case .record = ok else { Issue.record("4 minutes ahead refused"); return }
        let p = problems(#"{"type":"order","id":"O1","customer":"C1","time":"2026-11-23T11:00:00+08:00","amount":1,"category":"c","channel":"x"}"#)
        #expect(p.count == 1 && p[0].contains("in the future"))
    }

    @Test func typesAndRanges() {
        #expect(problems(#"{"type":"customer","id":"C1","name":"n","kind":"restaurant","region":"r","channel":"c","since":"2025-02-30","vip_level":7}"#)
            == ["vip_level: must be 0–5, got 7", "since: '2025-02-30' is not a date YYYY-MM-DD"])
        #expect(problems(#"{"type":"standard","id":"S","name":"n","metric":"m","unit":"u","level":2}"#)
            == ["min: a standard needs min, max or both"])
        #expect(problems(#"{"type":"standard","id":"S","name":"n","metric":"m","min":5,"max":1,"unit":"u","level":5}"#)
            == ["level: must be 1–4, got 5", "max: max 1 is below min 5"])
        #expect(problems(#"{"type":"marketing","day":"2026-11-01","channel":"抖音","campaign":"c","spend":-1,"impressions":1.5,"clicks":"3","conversions":0,"new_customers":0,"revenue":0}"#)
            == ["spend: must be at least 0, got -1", "impressions: expected a whole number, got 1.5", "clicks: expected a number, got a string"])
    }

    @Test func lengthsAndControlCharacters() {
        let long = String(repeating: "长", count: 129)
        #expect(problems(#"{"type":"tag","customer":"\#(long)","kind":"basic","key":"k","value":"v\nx"}"#)
            == ["customer: is 129 characters, longer than the limit of 128", "value: contains a control character (tab, newline or similar)"])
    }

    @Test func repeatedFieldsAreReportedOnceEach() {
        #expect(problems(#"{"type":"reading","metric":"m","site":"s","stage":"farm","time":1795392000,"value":1,"value":2,"unit":"°C","unit":"°C","lot":"L","vlaue":3}"#)
            == ["value: field appears more than once", "unit: field appears more than once", "vlaue: unknown field (did you mean 'value'?)"])
    }

    @Test func unknownTypeSuggestsTheClosest() {
        #expect(problems(#"{"type":"readings","metric":"m"}"#).first?.contains("did you mean 'reading'") == true)
    }

    @Test func timeShiftMovesTimesAndDates() {
        var d = decoder
        d.shift = TimeShift(seconds: 86_400, days: 1)
        guard case .record(.milestone(let m)) = d.decode(try! JSONLineParser.parse(Array(#"{"type":"milestone","id":"M","contract":"C","name":"n","due":"2026-11-30"}"#.utf8)).get()) else {
            Issue.record("not decoded"); return
        }
        #expect(m.due.description == "2026-12-01")
    }

    @Test func rfc3339Forms() {
        #expect(TimestampParser.parse("2026-11-23T00:00:00Z") == Instant(seconds: Int64(1_795_392_000)))
        #expect(TimestampParser.parse("2026-11-23 08:00:00.250+08:00")?.millis == 1_795_392_000_250)
        #expect(TimestampParser.parse("2026-11-23T08:00:00") == nil)
        #expect(TimestampParser.parse("2026-13-01T00:00:00Z") == nil)
        #expect(CalendarDay("2024-02-29")?.description == "2024-02-29")
        #expect(CalendarDay("2023-02-29") == nil)
    }
}
