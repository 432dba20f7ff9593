import OneScreenCore
import Testing
@testable import OneScreenUI

@Suite("Strings")
struct StringsTests {
    static let zh = Strings(.zh)
    static let en = Strings(.en)

    @Test("pane titles")
    func paneTitles() {
        #expect([Self.zh.quality, Self.zh.customers, Self.zh.contracts, Self.zh.alerts] == ["质量", "客户", "合同", "预警"])
        #expect([Self.en.quality, Self.en.customers, Self.en.contracts, Self.en.alerts]
            == ["Quality", "Customers", "Contracts", "Alerts"])
    }

    @Test("chain segments, alert levels, RFM segments as the blueprint names them")
    func names() {
        #expect(ChainSegment.allCases.map(Self.zh.segment) == ["生产", "配送", "终端"])
        #expect(AlertLevel.allCases.map { "\($0.label) \(Self.zh.level($0))" }
            == ["L1 系统故障", "L2 性能下降", "L3 业务异常", "L4 合规风险"])
        #expect(RFMSegment.allCases.map(Self.zh.rfm) == [
            "重要价值客户", "重要发展客户", "重要保持客户", "重要挽留客户", "一般价值客户", "一般发展客户", "一般保持客户", "一般挽留客户",
        ])
        #expect(Self.zh.rfmShort(.champion) == "重要价值" && Self.en.rfmShort(.champion) == "champion")
        #expect(ContractStatus.allCases.map(Self.zh.contractStatus)
            == ["草稿", "审核中", "已批准", "已用印", "履约中", "已完成", "已终止"])
        #expect(MomentKind.allCases.map(Self.zh.moment) == ["开业", "大促", "新品上架", "周年庆", "其他"])
        #expect(SealKind.allCases.map(Self.zh.seal) == ["公章", "合同章", "法人章", "财务章"])
    }

    @Test("every name exists in both languages and differs between them")
    func bothLanguages() {
        func pairs(_ name: (Strings) -> [String]) -> [(String, String)] { Array(zip(name(Self.zh), name(Self.en))) }
        let all = pairs { s in ChainSegment.allCases.map(s.segment) } + pairs { s in RFMSegment.allCases.map(s.rfm) }
            + pairs { s in ContractStatus.allCases.map(s.contractStatus) } + pairs { s in MomentKind.allCases.map(s.moment) }
            + pairs { s in SealKind.allCases.map(s.seal) } + pairs { s in AlertLevel.allCases.map(s.level) }
            + pairs { s in [s.worstNow, s.rfmSegments, s.topByValue, s.upcomingMoments, s.byStatus,
                            s.overdueMilestones, s.expiring, s.unapprovedSeals, s.openAlerts, s.byLevel, s.keyHints,
                            s.none, s.compliance, s.noActionYet, s.overviewPage] }
        for (chinese, english) in all {
            #expect(!chinese.isEmpty && !english.isEmpty && chinese != english, "\(chinese) / \(english)")
            #expect(chinese.unicodeScalars.contains { DisplayWidth.width(of: $0) == 2 }, "\(chinese) has Chinese")
            #expect(english.allSatisfy { $0.isASCII }, "\(english) is English")
        }
    }

    @Test("the too-small message and the status texts")
    func messages() {
        #expect(Self.zh.terminalTooSmall(needs: "60x16", dash: "—") == "终端太小 — 至少需要 60x16")
        #expect(Self.en.terminalTooSmall(needs: "60x16", dash: "—") == "terminal too small — needs 60x16")
        #expect(Self.zh.stale("3小时12分") == "STALE 数据过期 3小时12分")
        #expect(Self.en.stale("3h12m") == "STALE data 3h12m old")
        #expect(Self.en.sources(ok: 4, failing: 1, late: 0) == "sources 4 ok 1 failing")
        #expect(Self.zh.sources(ok: 4, failing: 1, late: 2) == "数据源 正常4 故障1 延迟2")
        #expect(Self.zh.daysOverdue(12) == "逾期12天" && Self.en.daysOverdue(12) == "12d late")
        #expect(Self.zh.daysLeft(0) == "今天" && Self.en.daysLeft(9) == "in 9d")
    }

    @Test("one is one in English: 1 open issue, 1 breach, 1 stage")
    func plurals() {
        let en = Strings(.en)
        #expect(en.openIssues(1) == "1 open issue" && en.openIssues(1_204) == "1,204 open issues")
        #expect(en.breaches(1) == "1 breach" && en.breaches(2) == "2 breaches")
        #expect(en.lotSummary(stays: 1, breached: 0, held: false) == "1 stage, 0 breached")
        #expect(Strings(.zh).openIssues(3) == "未结问题 3")
    }
}
