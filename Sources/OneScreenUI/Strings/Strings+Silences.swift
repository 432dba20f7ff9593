import OneScreenCore

/// The Alerts page's silences view (`m`) and the undoing of an acknowledgement or a silence.
extension Strings {
    public var silencesTitle: String { pick("静音中", "Silences in force") }
    public var silenceTargetColumn: String { pick("静音对象", "target") }
    public var silenceOwnerColumn: String { pick("设置人", "by") }
    public var silenceUntilColumn: String { pick("到期", "until") }
    public var silenceLeftColumn: String { pick("剩余", "left") }
    public var noSilences: String { pick("当前没有静音", "no silence in force") }

    public var silenceHints: String {
        pick("? 帮助  u 结束静音  m 返回预警  q 退出", "? help  u end silence  m back to alerts  q quit")
    }
}
