import OneScreenCore

/// The lot trace's words: its journey table, its events and the marks of the lot list.
extension Strings {
    public var stayedColumn: String { pick("停留", "time there") }
    public var siteOrSeriesColumn: String { pick("站点 / 指标", "site / series") }
    public var rangeColumn: String { pick("读数范围", "range") }
    public var holdColumn: String { pick("允许", "hold") }
    public var verdictColumn: String { pick("判定", "verdict") }
    public var marksColumn: String { pick("标记", "marks") }
    public var noteColumn: String { pick("说明", "note") }
    /// Where the stay under way would show when it ended.
    public var stillThere: String { pick("至今", "now") }
    public var events: String { pick("事件与备注", "Events and notes") }
    public var lotAlerts: String { pick("途经预警", "Alerts on its way") }
    public var held: String { pick("冻结", "held") }
    public var breach: String { pick("超标", "breach") }

    public func breaches(_ count: Int) -> String { pick("超标\(count)", count == 1 ? "1 breach" : "\(count) breaches") }
    /// Runs out of band shorter than the standard's hold: seen, not a breach.
    public func brief(_ count: Int) -> String { pick("短时越界\(count)次", count == 1 ? "1 brief" : "\(count) brief") }
    /// Out-of-band readings counted from rollups, whose runs could no longer be judged against the hold.
    public func outOfBand(_ count: Int) -> String { pick("越界\(count)条", "\(count) out") }

    /// `环节 3  超标 1  冻结`: the trace's summary line.
    public func lotSummary(stays: Int, breached: Int, held: Bool) -> String {
        pick("环节 \(stays)  超标环节 \(breached)", (stays == 1 ? "1 stage" : "\(stays) stages") + ", \(breached) breached") + (held ? "  " + pick("整批冻结", "HELD") : "")
    }

    /// `冷链车厢温度 峰值 8.8°C，持续 2小时10分（允许 15分）`.
    public func breachNote(standard: String, peak: String, lasted: String, hold: String) -> String {
        pick("\(standard) 峰值 \(peak)，持续 \(lasted)（允许 \(hold)）", "\(standard) peaked at \(peak), out for \(lasted) (hold \(hold))")
    }

    public func lotEvent(_ kind: LotEventKind) -> String {
        switch kind {
        case .arrive: pick("到达", "arrived")
        case .depart: pick("离开", "left")
        case .inspect: pick("检验", "inspected")
        case .process: pick("加工", "processed")
        case .sell: pick("售出", "sold")
        case .hold: pick("冻结", "held")
        case .release: pick("放行", "released")
        }
    }
}
