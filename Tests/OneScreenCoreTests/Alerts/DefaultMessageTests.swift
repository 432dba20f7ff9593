import Testing
@testable import OneScreenCore

/// Alerts raised with a rule's default template keep what their message was made from, through the store, so the
/// dashboard can say it in each viewer's language; a configured template's text is the user's own and keeps nothing.
@Suite struct DefaultMessageTests {
    static let kiosk = Viewer(user: "wall", role: Role.builtIn.first { $0.name == Role.kioskName }!)
    static let ops = Viewer(user: "wangmin", role: Role.builtIn.first { $0.name == "ops" }!)

    @Test func aBusinessRulesDefaultMessageKeepsItsKindAndValuesBesideTheEnglishText() throws {
        let f = try AlertFixture()
        f.ingest([
            #"{"type":"contract","id":"K1","title":"冷链配送框架合同","counterparty":"沪联物流","amount":1200000,"status":"performing","owner":"李强","end":"2027-06-01"}"#,
            #"{"type":"seal_use","id":"S1","contract":"K1","seal":"contract","requested_by":"王敏","time":"2026-11-23T09:00:00+08:00","status":"used"}"#,
        ])
        let alert = try #require(try f.alerts().first { $0.rule == "seal-unapproved" })
        #expect(alert.message == "K1 contract seal used at 2026-11-23T09:00:00+08:00, requested by 王敏, with no approval")
        #expect(alert.defaultMessage == DefaultMessage(kind: .sealUnapproved, values: [
            "contract": "K1", "seal": "contract", "status": "used", "time": "2026-11-23T09:00:00+08:00", "requested_by": "王敏",
        ]))
        // Found again, nothing changed: the stored parts read back equal, so the alert is not rewritten as new.
        #expect(try f.tick().isEmpty)
    }

    @Test func aReadingRulesDefaultMessageKeepsItsValuesAndAConfiguredOneKeepsNone() throws {
        let band = BandCondition(metric: Glob("truck.temp"), max: 8, hold: .minutes(5))
        let f = try AlertFixture(rules: [
            AlertRule(name: "warm", title: "冷链车厢温度", level: .businessAnomaly, condition: .band(band)),
            AlertRule(name: "warm-own-words", level: .businessAnomaly, condition: .band(band),
                      message: MessageTemplate("{subject} 温度 {value}{unit}")),
        ])
        f.ingest(AlertFixture.minutely("truck.temp", "沪A·冷链07", run(3, 3.0) + run(10, 9.0)))
        let alerts = try f.alerts()
        let standard = try #require(alerts.first { $0.rule == "warm" })
        let parts = try #require(standard.defaultMessage)
        #expect(parts.kind == .band)
        #expect(parts.values["title"] == "冷链车厢温度" && parts.values["site"] == "沪A·冷链07" && parts.values["value"] == "9"
                && parts.values["band"] == "≤ 8" && parts.values["unit"] == "°C")
        #expect(parts.values["since"].flatMap(TimestampParser.parse) == standard.firstSeen)
        #expect(standard.message.hasPrefix("冷链车厢温度: 沪A·冷链07 truck.temp reached 9 °C, outside ≤ 8, since "))
        let own = try #require(alerts.first { $0.rule == "warm-own-words" })
        #expect(own.message == "沪A·冷链07/truck.temp 温度 9°C")
        #expect(own.defaultMessage == nil)
    }

    @Test func aViewerWhoMayNotReadAlertTextsGetsNothingToRenderTheMessageFrom() throws {
        let f = try AlertFixture()
        f.ingest([
            #"{"type":"contract","id":"K1","title":"冷链配送框架合同","counterparty":"沪联物流","amount":1200000,"status":"performing","owner":"李强","end":"2027-06-01"}"#,
            #"{"type":"seal_use","id":"S1","contract":"K1","seal":"company","requested_by":"王敏","time":"2026-11-23T09:00:00+08:00","status":"used"}"#,
        ])
        let alert = try #require(try f.alerts().first)
        #expect(alert.masked(for: Self.ops).defaultMessage == alert.defaultMessage)
        let masked = alert.masked(for: Self.kiosk)
        #expect(masked.message == Masking.hiddenText && masked.defaultMessage == nil)
    }

    @Test func storedPartsOfAnUnknownKindAreIgnored() {
        let parts = DefaultMessage(kind: .momentWithoutAction, values: ["customer": "C1", "days": "3"])
        #expect(DefaultMessage(json: parts.json) == parts)
        #expect(DefaultMessage(json: #"{"kind":"from_a_newer_version","values":{}}"#) == nil)
        #expect(DefaultMessage(json: "***") == nil)
    }
}
