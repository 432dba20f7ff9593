import OneScreenCore

/// The words of cross-links and of the `:` jump bar.
extension Strings {
    /// `批次 L20261119-005`, `预警 #12`, `站点 沪A·冷链06`: a link or a candidate as the screen names it.
    public func target(_ target: JumpTarget) -> String {
        switch target {
        case .lot(let id): lot(id)
        case .contract(let id): contract(id)
        case .customer(let id): pick("客户 \(id)", "customer \(id)")
        case .alert(let id): alert(id)
        case .site(let name): pick("站点 \(name)", "site \(name)")
        case .series(let subject): pick("指标 \(subject)", "series \(subject)")
        }
    }

    public var links: String { pick("打开", "Open") }
    public var jumpPrompt: String { pick("跳转到 (批次 合同 客户 站点 预警号):", "Go to (lot, contract, customer, site, alert #):") }
    public var jumpHint: String { pick("Tab 补全  Enter 打开  Esc 取消", "Tab completes  Enter opens  Esc") }
    public func jumpNotFound(_ text: String) -> String { pick("未找到 \(text)", "nothing called \(text)") }
    public var counterparty360: String { pick("相对方 客户360", "counterparty's 360") }
}
