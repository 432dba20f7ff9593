import OneScreenCore

/// The help overlay's words: every key of a page where the user is, by the groups it answers to.
extension Strings {
    /// Every key of a page, as the help overlay lists it, most used first.
    public func keyHelp(_ groups: HelpKeys) -> [(key: String, text: String)] {
        var keys: [(String, String)] = [
            ("1-7", pick("总览 质量 客户 合同 驾驶舱 预警 数据源", "overview quality customers contracts cockpit alerts sources")),
            ("Tab S-Tab", pick("下一页 / 上一页", "next / previous page")),
            (":", pick("跳转到批次 合同 客户 站点 预警号", "go to a lot, contract, customer, site, alert #")),
        ]
        if groups.contains(.panes) { keys.append(("↑↓ j k Enter", pick("选择窗格, 打开其页面", "select a pane, open its page"))) }
        if groups.contains(.moves) {
            keys += [
                ("↑↓ j k", pick("移动选择", "move the selection")),
                ("PgUp PgDn", pick("翻页", "page up / down")),
                ("Home End", pick("到首行 / 末行", "first / last row")),
            ]
        }
        if groups.contains(.opens) { keys.append(("Enter", pick("查看详情", "open the selected row"))) }
        if groups.contains(.links) {
            keys += [
                ("↑↓ j k", pick("选择链接", "pick a link")),
                ("PgUp PgDn Home End", pick("跳过几个 / 第一个 / 最后一个链接", "skip links / first / last")),
                ("Enter", pick("打开所选链接", "follow the link")),
            ]
        }
        if groups.contains(.back) { keys.append(("Esc Bksp", pick("返回 / 清除筛选", "back / clear the filter"))) }
        if groups.contains(.filters) {
            keys.append(("/", pick("筛选, 多个词须都有 (Enter 保留, Esc 取消)", "filter, every word must match (Enter keeps, Esc drops)")))
        }
        if groups.contains(.sorts) { keys.append(("< > I", pick("按前/后一列排序, 反向", "sort by previous / next column, reverse"))) }
        if groups.contains(.switchesLists) { keys.append(("← → h l", pick("切换列表 (批次 / 指标)", "switch list (lots / metrics)"))) }
        if groups.contains(.alertList) {
            keys += [
                ("f", pick("列出 未关闭 / 待定 / 已确认 / 已解决 / 全部", "list open / pending / acked / resolved / all")),
                ("/L1-L4", pick("按级别筛选, 可加文字", "filter by level, text may follow")),
            ]
        }
        if groups.contains(.alertActions) {
            keys += [
                ("a", pick("确认预警 (可附备注)", "acknowledge, with a note")),
                ("s S", pick("静音其对象 / 其规则", "silence its subject / its rule")),
                ("u", pick("撤销确认; 静音列表中结束所选静音", "un-acknowledge; in the silences, end the selected one")),
                ("m", pick("静音列表: 对象、设置人、备注、到期", "silences in force: target, by, note, until")),
            ]
        }
        keys.append((pick("鼠标", "click"), pick("选中; 再点一次打开", "select; click again to open")))
        keys += [
            ("r", pick("立即刷新", "refresh now")), ("p", pick("暂停 / 继续", "pause / resume")),
            ("t", pick("下一个主题", "next theme")), ("?", pick("本帮助", "this help")), ("q Q Ctrl-C", pick("退出", "quit")),
        ]
        return keys
    }
}
