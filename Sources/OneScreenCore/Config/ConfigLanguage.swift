/// The language of the screen's words (`language:` in the config).
public enum ConfigLanguage: String, Sendable, CaseIterable {
    case zh, en
}
