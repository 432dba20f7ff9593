import OneScreenCore

extension Strings {
    /// The sentence of a rule's default message, `value` giving each placeholder already in this language's words
    /// and formats. The English ones read as the stored text does (see the conditions' `defaultMessage`), with one
    /// day as a day.
    func defaultMessage(_ kind: DefaultMessage.Kind, _ value: (String) -> String) -> String {
        let (title, site, metric, unit) = (value("title"), value("site"), value("metric"), value("unit"))
        let contract = value("contract")
        let days = value("days") == "1" ? "1 day" : value("days") + " days"
        let daysZh = value("days")
        return switch kind {
        case .band:
            pick("\(title)：\(site) \(metric) 达 \(value("value"))\(unit)，超出 \(value("band"))，自 \(value("since")) 起",
                 "\(title): \(site) \(metric) reached \(value("value")) \(unit), outside \(value("band")), since \(value("since"))")
        case .rate:
            pick("\(title)：\(site) \(metric) \(value("within"))内变化 \(value("change"))\(unit)（现为 \(value("value"))）",
                 "\(title): \(site) \(metric) changed by \(value("change")) \(unit) within \(value("within")) (now \(value("value")))")
        case .combination:
            pick("\(title)：\(site) \(value("values"))，自 \(value("since")) 起",
                 "\(title): \(site) \(value("values")) since \(value("since"))")
        case .noData:
            pick("\(title)：\(value("subject")) 超过\(value("after"))无数据（最近 \(value("last"))）",
                 "\(title): nothing from \(value("subject")) for more than \(value("after")) (last \(value("last")))")
        case .milestoneOverdue:
            pick("\(contract) 里程碑 \(value("name")) 应于 \(value("due")) 完成，已逾期 \(daysZh) 天",
                 "\(contract) milestone \(value("name")) was due \(value("due")), \(days) overdue")
        case .contractExpiring:
            pick("\(contract) \(title)（\(value("counterparty"))）\(value("end"))到期，还剩 \(daysZh) 天，仍为\(value("status"))",
                 "\(contract) \(title) (\(value("counterparty"))) ends \(value("end")), in \(days), still \(value("status"))")
        case .sealUnapproved:
            pick("\(contract) \(value("seal"))于 \(value("time")) \(value("status"))，申请人 \(value("requested_by"))，无审批记录",
                 "\(contract) \(value("seal")) \(value("status")) at \(value("time")), requested by \(value("requested_by")), with no approval")
        case .momentWithoutAction:
            pick("\(value("customer")) \(value("date"))\(value("kind"))（\(daysZh) 天后）尚无行动计划",
                 "\(value("customer")) \(value("kind")) on \(value("date")), in \(days), has no action planned")
        case .sourceFailing:
            pick("\(title)：\(value("subject")) 最近 \(value("runs")) 次运行均失败：\(value("error"))",
                 "\(title): \(value("subject")) failed its last \(value("runs")) runs: \(value("error"))")
        case .noCollector:
            pick("\(title)：自 \(value("since")) 起无进程采集（\(value("holder")) 的租约已过期）",
                 "\(title): nobody collects since \(value("since")) (the lease of \(value("holder")) expired)")
        case .staleData:
            pick("\(title)：最新读数来自 \(value("last"))，已超过\(value("after"))",
                 "\(title): the newest reading is from \(value("last")), older than \(value("after"))")
        case .ingestLag:
            pick("\(title)：写入跟不上 \(value("subject"))：\(value("lag"))",
                 "\(title): ingest falls behind \(value("subject")): \(value("lag"))")
        }
    }
}
