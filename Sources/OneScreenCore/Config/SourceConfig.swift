import Yams

/// One entry of `sources:`: what to run, how often, and for how long at most.
public struct SourceConfig: Sendable, Equatable {
    public var name: String
    /// The config's `kind:` as written: a built-in kind or a plug-in's name (shown on the Sources page).
    public var kind: String
    public var interval: Duration
    public var timeout: Duration
    public var enabled: Bool
    public var settings: SourceSettings
    /// The sources (names or patterns) whose records this one may change; see `RecordOwnership`.
    public var mayUpdate: [Glob]

    public init(name: String, kind: String, interval: Duration, timeout: Duration, enabled: Bool = true, settings: SourceSettings,
                mayUpdate: [Glob] = []) {
        self.name = name
        self.kind = kind
        self.interval = interval
        self.timeout = timeout
        self.enabled = enabled
        self.settings = settings
        self.mayUpdate = mayUpdate
    }

    static let commonKeys = ["name", "kind", "interval", "timeout", "enabled", "may_update"]
    /// Shorter would let a typo (`1ms`) spin a core and hammer the store's write lock.
    public static let minimumInterval = Duration.milliseconds(100)
    public static let minimumTimeout = Duration.milliseconds(100)
    /// A run should finish within its interval; beyond this cap a hung source is reported instead of waited on.
    public static let maximumDefaultTimeout = Duration.seconds(60)
    /// Names appear in messages, the store's lineage and file names of drop-folder errors.
    static let maxNameLength = 64

    static func read(_ node: Node, index: Int, _ reader: inout ConfigReader, _ paths: ConfigPaths, plugins: [String: String]) -> SourceConfig? {
        let path = "sources[\(index)]"
        // Read the kind first: it decides which keys are known.
        let kindNode = node.mapping?["kind"]
        let kindName = kindNode?.scalar?.string
        let builtIn = kindName.flatMap(BuiltInSourceKind.init(rawValue:))
        let plugin = builtIn == nil ? kindName.flatMap { plugins[$0] } : nil
        let kindKeys = builtIn?.keys ?? (plugin != nil ? ExecSettings.pluginKeys : [])
        // An unknown kind's keys cannot be judged; accept them all rather than pile on confusing "unknown key"s.
        let allKindKeys = BuiltInSourceKind.allCases.flatMap(\.keys) + ExecSettings.pluginKeys
        let knownKind = builtIn != nil || plugin != nil
        guard let fields = reader.fields(node, path: path, allowed: commonKeys + kindKeys,
                                         reserved: knownKind ? [] : allKindKeys) else { return nil }
        reader.require(["name", "kind"], in: fields)
        let name = reader.string("name", in: fields, what: "a name")
        if let name, name.count > maxNameLength || name.contains("/") || name.contains(where: \.isNewline) {
            reader.problem(at: fields["name"], fields.path("name"), "a name is at most \(maxNameLength) characters, without '/' or line breaks")
        }
        let enabled = reader.bool("enabled", in: fields) ?? true
        let interval = reader.duration("interval", in: fields, minimum: minimumInterval)
        let timeout = reader.duration("timeout", in: fields, minimum: minimumTimeout)
        let mayUpdate = (reader.stringList("may_update", in: fields) ?? []).map(Glob.init)

        let settings: SourceSettings?
        if let builtIn {
            settings = builtIn.read(fields, &reader, paths)
        } else if let plugin {
            settings = ExecSettings.readPlugin(fields, &reader, paths, executable: plugin).map(SourceSettings.exec)
        } else {
            if let kindNode, let kindName = reader.string("kind", in: fields, what: "a kind") {
                let kinds = BuiltInSourceKind.allCases.map(\.rawValue) + plugins.keys.sorted()
                reader.problem(at: kindNode, fields.path("kind"), "unknown kind '\(kindName)'\(Suggestion.hint(for: kindName, among: kinds)); "
                    + "built-in kinds are \(BuiltInSourceKind.allCases.map(\.rawValue).joined(separator: ", ")), "
                    + "or an executable \(paths.pluginDirectory)/\(ConfigPaths.pluginPrefix)\(kindName)")
            }
            settings = nil
        }
        guard let name, let kindName, let settings else { return nil }
        let every = interval ?? builtIn?.defaultInterval ?? BuiltInSourceKind.exec.defaultInterval
        return SourceConfig(name: name, kind: kindName, interval: every, timeout: timeout ?? min(every, maximumDefaultTimeout),
                            enabled: enabled, settings: settings, mayUpdate: mayUpdate)
    }
}
