/// The language of every label, number and duration on screen. Chinese first: most users read it first, and the
/// source documents are Chinese.
public enum Language: String, Sendable, Hashable, CaseIterable {
    case zh
    case en

    /// The language the locale asks for, by the POSIX precedence for messages: the first of `LC_ALL`, `LC_MESSAGES`,
    /// `LANG` that is set and not empty decides; `zh…` (zh_CN.UTF-8, zh_TW, zh) gives Chinese, anything else
    /// (C, POSIX, en_US, de_DE, unset) English.
    public init(environment: [String: String]) {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        self = locale.lowercased().hasPrefix("zh") ? .zh : .en
    }
}
