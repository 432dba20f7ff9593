import Foundation
import Yams

/// Finds, reads and checks the configuration file. The dashboard, `onescreen collect` and `onescreen check` all
/// load through here, so they accept and refuse exactly the same files with the same messages.
public enum ConfigLoader {
    /// A config larger than this is not a config (a log or a database pointed at by mistake).
    static let maxFileBytes = 1 << 20

    /// `$XDG_CONFIG_HOME/onescreen/config.yaml`, else `~/.config/onescreen/config.yaml`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/onescreen/config.yaml" }
        return StoreLocation.homeDirectory(environment: environment) + "/.config/onescreen/config.yaml"
    }

    /// Loads the config at `path`, or at the default location when `path` is nil (where a missing file means the
    /// built-in defaults: no sources, demo data).
    /// - Throws: `ConfigError` listing every problem found, each as `FILE:LINE: key: reason`.
    public static func load(path: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws(ConfigError) -> Config {
        let file = path.map { StoreLocation.expand($0, environment: environment) } ?? defaultPath(environment: environment)
        let absolute = file.hasPrefix("/") ? file : FileManager.default.currentDirectoryPath + "/" + file
        let directory = ((absolute as NSString).standardizingPath as NSString).deletingLastPathComponent
        if path == nil && !FileManager.default.fileExists(atPath: file) {
            return Config(file: "", directory: directory)
        }
        let text = try read(file)
        return try parse(text, file: file, directory: directory, environment: environment)
    }

    /// Checks the text of a config as if it were the file `file` in `directory`.
    public static func parse(_ text: String, file: String, directory: String,
                             environment: [String: String] = ProcessInfo.processInfo.environment) throws(ConfigError) -> Config {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                return Config(file: file, directory: directory)
            }
            root = node
        } catch {
            throw ConfigError(problems: [syntaxProblem(error, file: file)])
        }
        var reader = ConfigReader(file: file)
        let paths = ConfigPaths(directory: directory, environment: environment)
        guard let fields = reader.fields(root, path: "", allowed: Config.keys, reserved: Config.reservedKeys) else {
            throw ConfigError(problems: reader.problems)
        }
        var config = Config(file: file, directory: directory, document: ConfigDocument(file: file, text: text))
        config.store = reader.string("store", in: fields, what: "a path").map(paths.resolve)
        config.storeGroup = reader.string("store_group", in: fields, what: "a group name")
        config.server = reader.string("server", in: fields, what: "a socket path").map(paths.resolve)
        config.socket = reader.string("socket", in: fields, what: "a socket path").map(paths.resolve)
        if let group = config.storeGroup, getgrnam(group) == nil {
            reader.problem(at: fields["store_group"], "store_group", "no group named \"\(group)\" on this machine")
        }
        config.refresh = reader.duration("refresh", in: fields, minimum: Config.minimumRefresh) ?? Config.defaultRefresh
        config.theme = reader.string("theme", in: fields, what: "a theme name")
        config.language = reader.choice("language", in: fields, as: ConfigLanguage.self)
        config.pages = readPages(fields, &reader)
        config.sources = readSources(fields, &reader, paths)
        var problems = reader.problems
        // Reserved sections are not among the loader's own fields; their parsers read them from the tree.
        let sections = root.mapping
        if let node = sections?["rules"] {
            let (rules, found) = AlertRulesParser.rules(node, file: file)
            config.alertRules = rules
            problems += found
        }
        if let node = sections?["kiosk"] {
            var kioskReader = ConfigReader(file: file)
            config.kiosk = KioskSettings.read(node, &kioskReader)
            problems += kioskReader.problems
        }
        if let node = sections?["retention"] {
            var retentionReader = ConfigReader(file: file)
            config.retention = Retention.read(node, &retentionReader)
            problems += retentionReader.problems
        }
        let (policy, accessProblems) = AccessPolicyParser.policy(
            roles: sections?["roles"], users: sections?["users"], grades: sections?["grades"], file: file)
        config.access = policy ?? .unconfigured
        problems += accessProblems
        // After the roles: a hook's `role:` names one of them.
        if let node = sections?["alerts"] {
            let (hooks, found) = AlertRulesParser.hooks(node, file: file, access: config.access)
            // A hook that names no language reports in the screen's.
            config.alertHooks = hooks.map { hook in
                var hook = hook
                hook.language = hook.language ?? config.language
                return hook
            }
            problems += found
        }
        guard problems.isEmpty else {
            // Keys are checked before the values they decide on, so put the report back in file order.
            throw ConfigError(problems: problems.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element))
        }
        return config
    }

    static func read(_ file: String) throws(ConfigError) -> String {
        func refuse(_ reason: String) -> ConfigError { ConfigError(problems: [ConfigProblem(file: file, line: 0, key: "", reason: reason)]) }
        var info = stat()
        guard stat(file, &info) == 0 else { throw refuse(String(cString: strerror(errno))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw refuse("not a regular file") }
        // The config names commands to run: if anyone may edit it, anyone may run code as this user.
        if info.st_mode & S_IWOTH != 0 {
            throw refuse("refusing a world-writable config (mode \(String(info.st_mode & 0o777, radix: 8))): it can run commands; chmod o-w \(file)")
        }
        guard Int(info.st_size) <= maxFileBytes else { throw refuse("\(info.st_size) bytes, larger than the \(maxFileBytes >> 20) MiB a config may be") }
        guard let data = FileManager.default.contents(atPath: file) else { throw refuse("cannot read the file") }
        guard let text = String(data: data, encoding: .utf8) else { throw refuse("not UTF-8 text") }
        return text
    }

    /// A YAML syntax error, at the line libyaml stopped.
    static func syntaxProblem(_ error: any Error, file: String) -> ConfigProblem {
        switch error {
        case YamlError.scanner(let context, let problem, let mark, _), YamlError.parser(let context, let problem, let mark, _),
             YamlError.composer(let context, let problem, let mark, _):
            let during = context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""
            return ConfigProblem(file: file, line: mark.line, key: "", reason: "YAML syntax: \(problem)\(during)")
        case YamlError.duplicatedKeysInMapping(let duplicates, let context):
            return ConfigProblem(file: file, line: context.mark.line, key: duplicates.joined(separator: ", "), reason: "key given twice in one mapping")
        default:
            return ConfigProblem(file: file, line: 0, key: "", reason: "YAML: \(error)")
        }
    }

    static func readPages(_ fields: ConfigFields, _ reader: inout ConfigReader) -> [String] {
        guard let pages = reader.stringList("pages", in: fields) else { return [] }
        let items = fields["pages"]?.sequence.map(Array.init) ?? []
        for (index, page) in pages.enumerated() where !Config.knownPages.contains(page) {
            reader.problem(at: items[index], "pages[\(index)]",
                           "unknown page '\(page)'\(Suggestion.hint(for: page, among: Config.knownPages)); pages are \(Config.knownPages.joined(separator: ", "))")
        }
        return pages
    }

    static func readSources(_ fields: ConfigFields, _ reader: inout ConfigReader, _ paths: ConfigPaths) -> [SourceConfig] {
        guard let node = fields["sources"] else { return [] }
        guard let items = node.sequence else {
            reader.problem(at: node, "sources", "expected a list of sources (each starting with '- name:'), found \(reader.describe(node))")
            return []
        }
        let plugins = paths.plugins()
        for (kind, path) in plugins.sorted(by: { $0.key < $1.key }) {
            if let reason = pluginProblem(path) { reader.problem(at: nil, "plugins/\(kind)", reason) }
        }
        var sources: [SourceConfig] = []
        var seen: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            guard let source = SourceConfig.read(item, index: index, &reader, paths, plugins: plugins) else { continue }
            if let first = seen[source.name] {
                reader.problem(at: item.mapping?["name"], "sources[\(index)].name", "'\(source.name)' is already the name of sources[\(first)]")
                continue
            }
            seen[source.name] = index
            sources.append(source)
        }
        return sources
    }

    /// Plug-ins run like the config's own commands, so the same rule holds: nobody else may rewrite them.
    static func pluginProblem(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IWOTH != 0 else { return nil }
        return "refusing world-writable plug-in \(path): chmod o-w it"
    }
}
