import OneScreenCore

/// What a viewer who may not see names and sites (a wall screen, the public role) is shown instead of lists of masks:
/// counts and rates by stage, group, level and state.
extension Strings {
    public var groupColumn: String { pick("区域", "group") }
    public var seriesCountColumn: String { pick("指标数", "series") }
    public var outNowColumn: String { pick("当前超标", "out now") }
    public var lotCountColumn: String { pick("批次数", "lots") }
    public var heldLotsColumn: String { pick("冻结批次", "held") }
    public var breachedLotsColumn: String { pick("超标批次", "breached") }
    public var ackedCountColumn: String { pick("已确认数", "acked") }
    public var oldestColumn: String { pick("最久", "oldest") }
    public var otherGroup: String { pick("其他", "other") }
    public var complianceByGroup: String { pick("各环节各区域合规率 (24小时)", "Compliance by stage and group (24 h)") }
    public var lotsByStage: String { pick("批次所在环节", "Lots by where they are") }
    public var alertsByRule: String { pick("各规则预警", "Alerts by rule") }
    public var outOfBandByStage: String { pick("当前超标 各环节", "Out of band now, by stage") }
    public var momentsByKind: String { pick("关键时点 7天内", "Moments of truth, 7 days") }
    public var contractRisks: String { pick("合同风险", "Contract risks") }
    public var openByState: String { pick("未关闭预警 各状态", "Open alerts by state") }

    /// The wall screen's footer: the one key that does anything there.
    public func kioskHints(quitKey: String) -> String { pick("\(quitKey) 退出", "\(quitKey) quit") }
}
