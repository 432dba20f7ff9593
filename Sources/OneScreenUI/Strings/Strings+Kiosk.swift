import OneScreenCore

/// The wall screen's own words (`--kiosk`).
extension Strings {
    /// `新预警 L1 系统故障 沪A·冷链06 数据中断 等3条`; `more` counts the other new alerts announced with it.
    public func newAlert(level: String, details: [String], more: Int) -> String {
        let text = ([level] + details).joined(separator: "  ")
        let others = more > 0 ? pick(" 等\(more + 1)条", " (+\(more) more)") : ""
        return pick("新预警 ", "NEW ALERT ") + text + others
    }

    /// `质量 12秒后`, `Quality in 12s`.
    public func nextPage(_ page: String, in duration: String) -> String {
        pick("\(page) \(duration)后", "\(page) in \(duration)")
    }

    /// `预警 停留中，直至告警解除`: the rotation holds while an L1 or L4 alert fires.
    public func heldOnAlerts(_ page: String) -> String {
        pick("\(page) 停留中，直至告警解除", "\(page) held until the alert clears")
    }
}
