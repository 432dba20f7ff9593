import OneScreenCore

/// Every word the overview shows, in both languages, in this one place: each label is one line with its Chinese and
/// English side by side, so a missing or drifting translation is seen at a glance and cannot compile half-done.
public struct Strings: Sendable, Hashable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    private func pick(_ zh: String, _ en: String) -> String {
        language == .zh ? zh : en
    }

    // MARK: Page chrome

    /// The product's name; the same in both languages, as the brand is.
    public var appTitle: String { "onescreen 一屏尽览" }
    public var overviewPage: String { pick("总览", "Overview") }
    public var keyHints: String { pick("q 退出  t 主题  r 刷新  Tab 翻页", "q quit  t theme  r refresh  Tab page") }

    /// `size` is the least usable terminal, e.g. `60x16`; `dash` comes from the glyph set, so ASCII terminals get `-`.
    public func terminalTooSmall(needs size: String, dash: String) -> String {
        pick("终端太小 \(dash) 至少需要 \(size)", "terminal too small \(dash) needs \(size)")
    }

    // MARK: Status bar

    public func refreshed(_ clock: String) -> String { pick("刷新 \(clock)", "refreshed \(clock)") }
    public var paused: String { pick("已暂停 p 继续", "PAUSED p resumes") }
    public func dataAge(_ age: String) -> String { pick("数据 \(age)前", "data \(age) ago") }
    /// Stale data: the word STALE stays English in both languages, the one alarm word every operator knows.
    public func stale(_ age: String) -> String { pick("STALE 数据过期 \(age)", "STALE data \(age) old") }
    public var staleNoData: String { pick("STALE 无数据", "STALE no data") }

    public func sources(ok: Int, failing: Int, late: Int) -> String {
        let lateText = late > 0 ? pick(" 延迟\(late)", " \(late) late") : ""
        return pick("数据源 正常\(ok) 故障\(failing)", "sources \(ok) ok \(failing) failing") + lateText
    }

    // MARK: Panes

    public var quality: String { pick("质量", "Quality") }
    public var customers: String { pick("客户", "Customers") }
    public var contracts: String { pick("合同", "Contracts") }
    public var alerts: String { pick("预警", "Alerts") }

    /// Shown in place of a list that has nothing in it, so empty reads as "nothing", not as "broken".
    public var none: String { pick("无", "none") }

    // MARK: Quality

    public var compliance: String { pick("合规率", "compliance") }
    public func openIssues(_ count: String) -> String { pick("未结问题 \(count)", "\(count) open issues") }
    public var worstNow: String { pick("当前超标", "Out of band now") }

    public func segment(_ segment: ChainSegment) -> String {
        switch segment {
        case .production: pick("生产", "Production")
        case .distribution: pick("配送", "Distribution")
        case .terminal: pick("终端", "Terminal")
        }
    }

    // MARK: Customers

    public var rfmSegments: String { pick("RFM 分群", "RFM segments") }
    public var topByValue: String { pick("高价值客户 LTV", "Top customers by LTV") }
    public var upcomingMoments: String { pick("关键时点 7天内", "Moments of truth, 7 days") }
    public var noActionYet: String { pick("待定动作", "no action yet") }

    public func rfm(_ segment: RFMSegment) -> String {
        switch segment {
        case .champion: pick("重要价值客户", "champion")
        case .promising: pick("重要发展客户", "promising")
        case .atRisk: pick("重要保持客户", "at risk")
        case .cantLose: pick("重要挽留客户", "can't lose")
        case .loyal: pick("一般价值客户", "loyal")
        case .newcomer: pick("一般发展客户", "newcomer")
        case .needsAttention: pick("一般保持客户", "needs attention")
        case .dormant: pick("一般挽留客户", "dormant")
        }
    }

    /// The segment name for tight columns: the Chinese names all end in 客户, which the pane's title already says.
    public func rfmShort(_ segment: RFMSegment) -> String {
        switch language {
        case .zh: String(rfm(segment).dropLast(2))
        case .en: rfm(segment)
        }
    }

    public func moment(_ kind: MomentKind) -> String {
        switch kind {
        case .opening: pick("开业", "opening")
        case .promotion: pick("大促", "promotion")
        case .newCategory: pick("新品上架", "new category")
        case .anniversary: pick("周年庆", "anniversary")
        case .other: pick("其他", "other")
        }
    }

    // MARK: Contracts

    public var byStatus: String { pick("合同状态", "By status") }
    public var overdueMilestones: String { pick("逾期里程碑", "Overdue milestones") }
    public var expiring: String { pick("30天内到期", "Expiring in 30 days") }
    public var unapprovedSeals: String { pick("未审批用印", "Seals used without approval") }

    public func contractStatus(_ status: ContractStatus) -> String {
        switch status {
        case .draft: pick("草稿", "draft")
        case .review: pick("审核中", "review")
        case .approved: pick("已批准", "approved")
        case .sealed: pick("已用印", "sealed")
        case .performing: pick("履约中", "performing")
        case .completed: pick("已完成", "completed")
        case .terminated: pick("已终止", "terminated")
        }
    }

    public func seal(_ kind: SealKind) -> String {
        switch kind {
        case .company: pick("公章", "company seal")
        case .contract: pick("合同章", "contract seal")
        case .legalRep: pick("法人章", "legal rep seal")
        case .finance: pick("财务章", "finance seal")
        }
    }

    public func daysOverdue(_ days: Int) -> String { pick("逾期\(days)天", "\(days)d late") }

    public func daysLeft(_ days: Int) -> String {
        days <= 0 ? pick("今天", "today") : pick("\(days)天后", "in \(days)d")
    }

    // MARK: Alerts

    public var openAlerts: String { pick("未关闭预警", "Open alerts") }
    public var byLevel: String { pick("各级预警", "Open by level") }

    /// The level's name as the warning mechanism defines it; the badge puts `L1` … `L4` before it.
    public func level(_ level: AlertLevel) -> String {
        switch level {
        case .systemFault: pick("系统故障", "system fault")
        case .performanceDecline: pick("性能下降", "performance decline")
        case .businessAnomaly: pick("业务异常", "business anomaly")
        case .complianceRisk: pick("合规风险", "compliance risk")
        }
    }
}
