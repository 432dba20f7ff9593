import OneScreenCore

/// The words a chart prints beside its plot and the series page around it.
extension Strings {
    public var chartLast: String { pick("最新", "last") }
    public var chartMin: String { pick("最低", "min") }
    public var chartMax: String { pick("最高", "max") }
    public var chartMean: String { pick("均值", "mean") }
    public var chartBand: String { pick("标准", "band") }
    public var chartNoData: String { pick("此时段无读数", "no readings in this range") }
}

/// The series page and the time range keys.
extension Strings {
    public var live: String { pick("实时", "live") }
    /// `24h · 实时`, or `24h · 至 11-19 20:00` for a range that ends in the past.
    public func range(_ range: TimeRange, live: Bool, end: String) -> String {
        live ? "\(range.rawValue) · \(self.live)" : pick("\(range.rawValue) · 至 \(end)", "\(range.rawValue) · to \(end)")
    }
    public func resolution(_ resolution: SeriesResolution, bucket: String) -> String {
        switch resolution {
        case .raw: pick("原始读数 每点\(bucket)", "raw readings, \(bucket) a point")
        case .minute: pick("分钟汇总 每点\(bucket)", "minute rollups, \(bucket) a point")
        case .hour: pick("小时汇总 每点\(bucket)", "hour rollups, \(bucket) a point")
        }
    }
    public var outOfBand: String { pick("超标", "out") }
    public var complianceShort: String { pick("合规", "in band") }
    /// After the range's compliance figure, beside the strip of it per hour or day: `92.1% 每小时`.
    public func compliancePer(hour: Bool) -> String { hour ? pick("每小时", "hourly") : pick("每日", "daily") }
    public var seriesAlerts: String { pick("此时段预警", "Alerts in range") }
    public var seriesLots: String { pick("经过的批次", "Lots that passed") }
    public var arrivedColumn: String { pick("到达", "arrived") }
    public var leftColumn: String { pick("离开", "left") }
    public var firstSeenColumn: String { pick("首次", "first seen") }

    /// The time keys (see `Navigation+Time`) for the help overlay.
    public func timeKeyHelp(series: Bool, opens: Bool) -> [(key: String, text: String)] {
        var keys: [(String, String)] = []
        if opens { keys.append(("Enter", pick("打开该指标的时间序列", "open the row's series over time"))) }
        keys.append(("[ ] - +", pick("时间范围 1h 6h 24h 7d 30d 90d 1y", "time range 1h 6h 24h 7d 30d 90d 1y")))
        keys.append(("0", pick("回到现在 (实时)", "back to now (live)")))
        if series {
            keys.append(("← → h l", pick("向前 / 向后平移半个范围", "pan back / forward by half the range")))
            keys.append(("Esc Bksp", pick("返回", "back")))
        }
        return keys
    }
}

/// The labels of the overview's stage sparklines.
extension Strings {
    /// `合规率趋势 24h · 刻度 80–100% · 目标 ≥98%`
    public func trendCaption(window: String, scale: String, target: String) -> String {
        pick("合规率趋势 \(window) · 刻度 \(scale) · 目标 \(target)", "compliance trend, \(window) · scale \(scale) · target \(target)")
    }

    /// The quality page's metric list and trend column over `window` (`指标 (24h)`).
    public func metrics(over window: TimeRange) -> String { pick("指标 (\(window.rawValue))", "Metrics (\(window.rawValue))") }
    public func trendColumn(over window: TimeRange) -> String { window.rawValue }
}
