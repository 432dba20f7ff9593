import OneScreenCore

/// Every word the overview shows, in both languages, in this one place: each label is one line with its Chinese and
/// English side by side, so a missing or drifting translation is seen at a glance and cannot compile half-done.
public struct Strings: Sendable, Hashable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    /// Internal, not private, so that the labels of one feature can live in a `Strings+Feature.swift` of their own.
    func pick(_ zh: String, _ en: String) -> String {
        language == .zh ? zh : en
    }

    // MARK: Page chrome

    /// The product's name with its motto; the same in both languages, as the brand is.
    public var appTitle: String { "onescreen 一屏尽览" }
    /// The name alone, for terminals that cannot show Chinese.
    public var appName: String { "onescreen" }
    public var overviewPage: String { pick("总览", "Overview") }
    /// The dashboard's keys (see the CLI's `DashboardState`), most needed first since the bar cuts from the right.
    public var keyHints: String {
        pick("? 帮助  1-7 页面  q 退出  r 刷新  p 暂停  t 主题", "? help  1-7 pages  q quit  r refresh  p pause  t theme")
    }

    public var buildingDemo: String { pick("首次运行：正在用示例数据生成演示库…", "First run: building the demo store from the sample data…") }
    public func demoFile(_ name: String) -> String { name.isEmpty ? "" : pick("正在导入 \(name)", "storing \(name)") }

    /// `size` is the least usable terminal, e.g. `60x16`; `dash` comes from the glyph set, so ASCII terminals get `-`.
    public func terminalTooSmall(needs size: String, dash: String) -> String {
        pick("终端太小 \(dash) 至少需要 \(size)", "terminal too small \(dash) needs \(size)")
    }

    // MARK: Status bar

    public func refreshed(_ clock: String) -> String { pick("刷新 \(clock)", "refreshed \(clock)") }
    public var paused: String { pick("已暂停 p 继续", "PAUSED p resumes") }
    /// Shown when the locale is not UTF-8, where Chinese names would draw as blanks. ASCII in both languages: this
    /// terminal cannot show the Chinese sentence either.
    public var cjkUnavailable: String { "locale is not UTF-8: Chinese text cannot be shown (set LANG=C.UTF-8)" }
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

    public var compliance: String { pick("合规率", "Compliance") }
    public func openIssues(_ count: Int) -> String {
        let shown = DisplayFormat(language).count(count)
        return pick("未结问题 \(shown)", count == 1 ? "1 open issue" : "\(shown) open issues")
    }
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
    /// Beside a deadline that has passed: `已过60天` / `60d ago`.
    public func daysAgo(_ days: Int) -> String { pick("已过\(days)天", "\(days)d ago") }

    public func daysLeft(_ days: Int) -> String {
        days <= 0 ? pick("今天", "today") : pick("\(days)天后", "in \(days)d")
    }

    // MARK: Alerts

    public var openAlerts: String { pick("未关闭预警", "Open alerts") }
    /// `21`, or `21 另待定4` / `21 +4 pending` when some are pending: pending is never counted as open.
    public func openCount(_ count: String, pending: Int) -> String {
        pending == 0 ? count : pick("\(count) 另待定\(pending)", "\(count) +\(pending) pending")
    }
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

    // MARK: Pages and navigation

    public func page(_ kind: PageKind) -> String {
        switch kind {
        case .overview: overviewPage
        case .quality: quality
        case .customers: customers
        case .contracts: contracts
        case .marketing: pick("驾驶舱", "Cockpit")
        case .alerts: alerts
        case .sources: pick("数据源", "Sources")
        }
    }

    /// `质量 › 批次 L20261112-003`: where the user is, for the header.
    public func breadcrumb(_ parts: [String]) -> String { parts.joined(separator: " › ") }
    public func lot(_ id: String) -> String { pick("批次 \(id)", "lot \(id)") }
    public func customer(_ name: String) -> String { pick("客户 \(name)", "customer \(name)") }
    public func contract(_ id: String) -> String { pick("合同 \(id)", "contract \(id)") }
    public func filtering(_ text: String) -> String { pick("筛选 /\(text)", "filter /\(text)") }
    public func filtered(_ text: String, shown: Int, total: Int) -> String {
        pick("筛选 \(text) \(shown)/\(total)", "filter \(text) \(shown)/\(total)")
    }
    public func notFound(_ id: String) -> String { pick("未找到 \(id)", "\(id) not found") }
    public var help: String { pick("按键帮助 (任意键关闭)", "Keys (any key closes)") }
    public var pageHints: String { pick("? 帮助  1-7 页面  / 筛选  q 退出", "? help  1-7 pages  / filter  q quit") }

    // MARK: Quality page

    public var lots: String { pick("批次追溯", "Lot traceability") }
    public var stageColumn: String { pick("环节", "stage") }
    public var metricColumn: String { pick("指标", "metric") }
    public var siteColumn: String { pick("站点", "site") }
    public var valueColumn: String { pick("当前", "latest") }
    public var bandColumn: String { pick("标准", "band") }
    public var lotColumn: String { pick("批次", "lot") }
    public var productColumn: String { pick("产品", "product") }
    public var lastSeenColumn: String { pick("最近", "last seen") }
    public var journey: String { pick("流转 生产→配送→终端", "Journey farm → store") }
    public var complied: String { pick("合规", "complied") }
    public var breached: String { pick("超标", "breached") }
    public var noReadings: String { pick("无读数", "no readings") }
    public func readings(_ count: Int) -> String { pick("\(count)条", "\(count) rdg") }

    public func stage(_ stage: Stage) -> String {
        switch stage {
        case .farm: pick("养殖", "farm")
        case .plant: pick("加工", "plant")
        case .transport: pick("运输", "transport")
        case .warehouse: pick("仓储", "warehouse")
        case .store: pick("门店", "store")
        }
    }

    // MARK: Customers page

    public var nameColumn: String { pick("名称", "name") }
    public var kindColumn: String { pick("类型", "kind") }
    public var regionColumn: String { pick("区域", "region") }
    public var segmentColumn: String { pick("分群", "segment") }
    public var ordersColumn: String { pick("订单", "orders") }
    public var spendColumn: String { pick("消费", "spend") }
    public func sortedBy(_ column: String) -> String { pick("按\(column)排序", "by \(column)") }
    public var profile: String { pick("基本信息", "Profile") }
    public var tags: String { pick("标签", "Tags") }
    public var rfmAndValue: String { pick("RFM 与价值", "RFM and value") }
    public var orderHistory: String { pick("近12个月订单", "Orders, 12 months") }
    public var moments: String { pick("关键时点", "Moments of truth") }
    public var shopLikeYou: String { pick("像您一样的客户", "Shop like you") }
    public var nextBestActions: String { pick("下一步最佳动作", "Next best actions") }
    public var phone: String { pick("电话", "phone") }
    public var contact: String { pick("联系人", "contact") }
    public var channel: String { pick("渠道", "channel") }
    public var since: String { pick("合作始于", "since") }
    public var vip: String { pick("VIP等级", "VIP level") }
    public var risk: String { pick("风险偏好", "risk") }
    public var scores: String { pick("R/F/M 评分", "R/F/M scores") }

    public func tagKind(_ kind: TagKind) -> String {
        switch kind {
        case .basic: pick("基础", "basic")
        case .statistical: pick("统计", "statistical")
        case .evaluation: pick("评价", "evaluation")
        }
    }

    public func customerKind(_ kind: CustomerKind) -> String {
        switch kind {
        case .restaurant: pick("餐厅", "restaurant")
        case .officeStore: pick("写字楼店", "office store")
        case .residentialStore: pick("居民区店", "residential")
        case .supermarket: pick("商超", "supermarket")
        case .canteen: pick("食堂", "canteen")
        case .other: pick("其他", "other")
        }
    }

    public func riskPreference(_ risk: RiskPreference) -> String {
        switch risk {
        case .low: pick("低", "low")
        case .medium: pick("中", "medium")
        case .high: pick("高", "high")
        }
    }

    // MARK: Contracts page

    public var pipeline: String { pick("合同管道", "Pipeline") }
    public var contractList: String { pick("合同列表", "Contracts") }
    public var idColumn: String { pick("编号", "id") }
    public var titleColumn: String { pick("标题", "title") }
    public var counterpartyColumn: String { pick("相对方", "counterparty") }
    public var amountColumn: String { pick("金额", "amount") }
    public var statusColumn: String { pick("状态", "status") }
    public var endColumn: String { pick("到期", "end") }
    public var overdueColumn: String { pick("逾期", "overdue") }
    public var chain: String { pick("交易→合同→用印→履约→回款", "deal → contract → seal → fulfil → return") }
    public var sealUses: String { pick("用印", "Seal uses") }
    public var milestones: String { pick("履约里程碑", "Milestones") }
    public var owner: String { pick("负责人", "owner") }
    public var signed: String { pick("签订", "signed") }
    public var returned: String { pick("回款", "returned") }
    public var approvedBy: String { pick("审批人", "approved by") }
    public var requestedByColumn: String { pick("申请人", "requested by") }
    public var sealColumn: String { pick("印章", "seal") }
    public var sealedAtColumn: String { pick("用印时间", "used at") }
    public var milestoneColumn: String { pick("里程碑", "milestone") }
    public var dueColumn: String { pick("到期日", "due") }
    public var unapproved: String { pick("未审批", "UNAPPROVED") }
    public var done: String { pick("已完成", "done") }
    public var open: String { pick("进行中", "open") }

    public func sealStatus(_ status: SealUseStatus) -> String {
        switch status {
        case .requested: pick("申请中", "requested")
        case .approved: pick("已批准", "approved")
        case .used: pick("已用印", "used")
        case .rejected: pick("已驳回", "rejected")
        }
    }

    // MARK: Marketing cockpit

    public var cockpit: String { pick("营销核心指标 (30天)", "Core metrics (30 days)") }
    public var targetColumn: String { pick("目标", "target") }
    public var figure30Column: String { pick("30天值", "30 days") }
    public var trend30Column: String { pick("30天趋势", "30-day trend") }
    public var noTrend: String { pick("无日数据", "no daily data") }
    /// A figure the viewer's grade does not show: there is one, this screen may not say it.
    public var withheld: String { pick("不公开", "withheld") }

    public func cockpitMetric(_ kind: CockpitMetricKind) -> String {
        switch kind {
        case .acquisitionCost: pick("获客成本 CAC", "Acquisition cost CAC")
        case .lifetimeValue: pick("客户终身价值 LTV", "Lifetime value LTV")
        case .repurchaseRate: pick("复购率", "Repurchase rate")
        case .campaignROI: pick("活动ROI", "Campaign ROI")
        case .conversionRate: pick("渠道转化率", "Channel conversion")
        case .clickThroughRate: pick("内容点击率", "Content CTR")
        case .responseTime: pick("系统响应时间", "System response time")
        case .processingEfficiency: pick("数据处理效率", "Data processing efficiency")
        }
    }

    public func cockpitStatus(_ status: CockpitStatus) -> String {
        switch status {
        case .met: pick("达标", "met")
        case .near: pick("接近", "near")
        case .missed: pick("未达标", "missed")
        case .unknown: pick("无数据", "no data")
        }
    }

    // MARK: Alerts and sources pages

    public var levelColumn: String { pick("级别", "level") }
    public var subjectColumn: String { pick("对象", "subject") }
    public var messageColumn: String { pick("内容", "message") }
    public var ageColumn: String { pick("持续", "age") }
    public var countColumn: String { pick("次数", "count") }
    public var acceptedColumn: String { pick("接收", "accepted") }
    public var rejectedColumn: String { pick("拒绝", "rejected") }
    public var lastSuccessColumn: String { pick("距上次成功", "since success") }
    public var errorColumn: String { pick("错误", "error") }

    // MARK: Alerts page

    public var ackColumn: String { pick("确认", "ack") }
    public var ruleColumn: String { pick("规则", "rule") }
    public var alertHints: String {
        pick("? 帮助  / 筛选  f 状态  a 确认  s 静音  u 撤销  m 静音列表  q 退出",
             "? help  / filter  f states  a ack  s silence  u undo ack  m silences  q quit")
    }

    /// The list's title for the states it shows.
    public func alertList(_ states: AlertFilter.States) -> String {
        switch states {
        case .open: openAlerts
        case .pending: pick("待定预警", "Pending alerts")
        case .acknowledged: pick("已确认预警", "Acknowledged alerts")
        case .resolved: pick("已解决预警", "Resolved alerts")
        case .all: pick("全部预警", "All alerts")
        }
    }

    /// `预警 #17`, for the breadcrumb and prompts.
    public func alert(_ id: Int64) -> String { pick("预警 #\(id)", "alert #\(id)") }
    public func acknowledgePrompt(_ id: Int64) -> String { pick("确认\(alert(id)) 备注(可空):", "Acknowledge \(alert(id)), note (optional):") }

    public func silencePrompt(_ target: SilenceTarget, _ name: String) -> String {
        switch target {
        case .subject: pick("静音对象 \(name) 时长:", "Silence subject \(name) for:")
        case .rule: pick("静音规则 \(name) 时长:", "Silence rule \(name) for:")
        }
    }

    public var promptHint: String { pick("Enter 确认  Esc 取消", "Enter confirms  Esc cancels") }
    public var durationHint: String { pick("如 30m 2h 1d  Enter 确认  Esc 取消", "e.g. 30m 2h 1d  Enter  Esc") }

    public func notice(_ notice: AlertNotice, role: String, until: (Instant) -> String) -> String {
        switch notice {
        case .acknowledged(let id): pick("已确认\(alert(id))", "acknowledged \(alert(id))")
        case .silenced(let target, let time): pick("已静音 \(target) 至 \(until(time))", "silenced \(target) until \(until(time))")
        case .unacknowledged(let id): pick("已撤销\(alert(id))的确认", "un-acknowledged \(alert(id))")
        case .silenceEnded(let target): pick("已结束 \(target) 的静音", "ended the silence of \(target)")
        case .notAllowed: pick("角色 \(role) 不能确认或静音预警", "role \(role) may not acknowledge or silence alerts")
        case .nothingSelected: pick("未选中预警", "no alert selected")
        case .refused(let error): alertActionError(error)
        case .failed(let reason): pick("未能写入: \(reason)", "could not write: \(reason)")
        }
    }

    public func alertActionError(_ error: AlertActionError) -> String {
        switch error {
        case .noSuchAlert(let id): pick("\(alert(id)) 不存在", "no \(alert(id))")
        case .notFiring(let id, let state):
            pick("\(alert(id)) \(alertState(state))，只能确认告警中的预警", "\(alert(id)) is \(alertState(state)); only a firing alert can be acknowledged")
        case .alreadyAcknowledged(let id, let by): pick("\(alert(id)) 已由 \(by) 确认", "\(alert(id)) is already acknowledged by \(by)")
        case .emptyTarget: pick("静音需要规则或对象", "a silence needs a rule or a subject")
        case .notInFuture: pick("静音时长必须大于零", "a silence must last a positive time")
        case .badDuration: pick("时长请写成 30m、2h 或 1d", "use a duration such as 30m, 2h or 1d")
        case .tooLong:
            pick("静音最长 \(Self.longestSilenceDays) 天；请在配置中修改或停用规则",
                 "at most \(Self.longestSilenceDays) days; change or disable the rule in the config instead")
        case .noSuchSilence(let id): pick("静音 #\(id) 不存在", "no silence #\(id)")
        case .silenceOver(let id): pick("静音 #\(id) 已结束", "silence #\(id) has already ended")
        case .notAcknowledged(let id, let state):
            pick("\(alert(id)) \(alertState(state))，只能撤销已确认的预警", "\(alert(id)) is \(alertState(state)); only an acknowledged alert can be un-acknowledged")
        }
    }

    private static var longestSilenceDays: Int { Int(Silence.longest.secondsValue / 86_400) }

    // MARK: Alert detail

    public var firstSeen: String { pick("首次", "first seen") }
    public var notAcknowledged: String { pick("未确认", "not acknowledged") }

    /// `王敏 于 11月23日 07:30 确认: 司机已关门`.
    public func acknowledged(by user: String, at time: String, note: String?) -> String {
        pick("\(user) 于 \(time) 确认", "acknowledged by \(user) at \(time)") + (note.map { ": \($0)" } ?? "")
    }
    public var firingValues: String { pick("触发数值", "Values that fired it") }
    public var timeline: String { pick("时间线", "Timeline") }
    public var timeColumn: String { pick("时间", "time") }
    public var eventColumn: String { pick("事件", "event") }
    public var readingColumn: String { pick("读数", "reading") }
    public var firedHere: String { pick("触发", "fired") }

    public func timelineEvent(_ kind: AlertTimelineEntry.Kind) -> String {
        switch kind {
        case .raised: pick("出现", "raised")
        case .fired: pick("触发", "fired")
        case .acknowledged: pick("确认", "acknowledged")
        case .silenced: pick("静音", "silenced")
        case .resolved: pick("解决", "resolved")
        }
    }

    /// `王敏 (ops)`: who, and as which role when known.
    public func actor(_ user: String, role: String?) -> String { role.map { "\(user) (\($0))" } ?? user }
    public func until(_ target: String, _ time: String) -> String { pick("\(target) 至 \(time)", "\(target) until \(time)") }

    /// A field a rule stored with its alert, by its name in the record format.
    public func alertField(_ name: String) -> String {
        switch name {
        case "contract": pick("合同", "contract")
        case "milestone": pick("里程碑", "milestone")
        case "name": pick("名称", "name")
        case "due": pick("到期日", "due")
        case "days": pick("天数", "days")
        case "title": pick("标题", "title")
        case "counterparty": pick("相对方", "counterparty")
        case "status": pick("状态", "status")
        case "end": pick("到期", "end")
        case "seal_use": pick("用印", "seal use")
        case "seal": pick("印章", "seal")
        case "requested_by": pick("申请人", "requested by")
        case "time": pick("时间", "time")
        case "moment": pick("关键时点", "moment")
        case "customer": pick("客户", "customer")
        case "kind": pick("类型", "kind")
        case "date": pick("日期", "date")
        case "after": pick("静默超过", "silent for over")
        case "last": pick("最近数据", "last data")
        case "fired_at": pick("触发时间", "fired at")
        case "peak_at": pick("峰值时间", "peak at")
        case "peak": pick("峰值", "peak")
        default: name
        }
    }

    public func alertState(_ state: AlertState) -> String {
        switch state {
        case .pending: pick("待定", "pending")
        case .firing: pick("告警中", "firing")
        case .acknowledged: pick("已确认", "acked")
        case .resolved: pick("已解决", "resolved")
        }
    }

    public func sourceState(_ state: SourceStatus.State) -> String {
        switch state {
        case .ok: pick("正常", "ok")
        case .late: pick("延迟", "late")
        case .failing: pick("故障", "failing")
        case .disabled: pick("停用", "disabled")
        }
    }
}
