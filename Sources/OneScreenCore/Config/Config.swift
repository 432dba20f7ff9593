/// A loaded, valid configuration: what the dashboard shows and which sources the collector runs.
public struct Config: Sendable {
    /// The file it came from (empty for the built-in default when no file exists).
    public var file: String
    /// The folder relative paths in the file resolve against.
    public var directory: String
    /// The store path, resolved; nil means the default location.
    public var store: String?
    /// A group that may read the store too (its files become 0640 instead of 0600), e.g. for ops viewers.
    public var storeGroup: String?
    /// A viewer's: the socket of the `onescreen serve` to ask instead of opening a store (resolved).
    public var server: String?
    /// The server's: where `onescreen serve` listens (resolved); nil means the default socket.
    public var socket: String?
    public var refresh: Duration
    public var theme: String?
    public var language: ConfigLanguage?
    /// Page names in the order the dashboard rotates through them; empty means the dashboard's default.
    public var pages: [String]
    public var sources: [SourceConfig]
    /// The whole YAML tree, for sections other parts parse themselves (`rules`, `alerts`, `roles` …).
    public var document: ConfigDocument?
    /// The alert rules in force: the built-in ones as changed by `rules:`.
    public var alertRules: [AlertRule] = AlertRule.withBuiltIns([])
    /// The notification hooks of `alerts:`.
    public var alertHooks: [AlertHook] = []
    /// The wall-screen mode's pages, interval and quit key.
    public var kiosk = KioskSettings()
    /// Roles, users and grades; `AccessPolicy.unconfigured` when the config has none of those sections.
    public var access: AccessPolicy = .unconfigured
    /// How long readings are kept raw, per minute and per hour.
    public var retention = Retention.standard

    public init(
        file: String, directory: String, store: String? = nil, refresh: Duration = Config.defaultRefresh, theme: String? = nil,
        language: ConfigLanguage? = nil, pages: [String] = [], sources: [SourceConfig] = [], document: ConfigDocument? = nil
    ) {
        self.file = file
        self.directory = directory
        self.store = store
        self.refresh = refresh
        self.theme = theme
        self.language = language
        self.pages = pages
        self.sources = sources
        self.document = document
    }

    /// The screen redraws on every store change anyway; this tick only moves clocks and ages.
    public static let defaultRefresh = Duration.seconds(2)
    /// Faster than a terminal can usefully repaint over SSH.
    public static let minimumRefresh = Duration.milliseconds(100)

    /// The keys this loader reads.
    static let keys = ["store", "store_group", "server", "socket", "refresh", "theme", "language", "pages", "sources"]
    /// Top-level sections other parts of onescreen read from `document` (alerts engine, access control, kiosk,
    /// retention).
    public static let reservedKeys = ["rules", "alerts", "roles", "users", "grades", "kiosk", "retention"]
    /// Pages the dashboard knows, for a did-you-mean on `pages:`.
    public static let knownPages = ["overview", "quality", "customers", "contracts", "marketing", "alerts", "sources"]
}
