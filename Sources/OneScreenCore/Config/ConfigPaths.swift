import Foundation

/// Resolves what a config names on disk: paths relative to the config's own folder (so a config and its plug-ins
/// move together), `~` to the home directory, and bare command names through `PATH`.
struct ConfigPaths: Sendable {
    let directory: String
    let environment: [String: String]

    /// Plug-ins beside the config: `plugins/onescreen-source-NAME` is source kind `NAME`.
    var pluginDirectory: String { directory + "/plugins" }
    static let pluginPrefix = "onescreen-source-"

    func resolve(_ path: String) -> String {
        let expanded = StoreLocation.expand(path, environment: environment)
        let absolute = expanded.hasPrefix("/") ? expanded : directory + "/" + expanded
        return (absolute as NSString).standardizingPath
    }

    /// The executable a command's first word names: a path (with a `/`) relative to the config's folder, else
    /// the first match on `PATH`. Returns the path or why it cannot run.
    func executable(_ name: String) -> Result<String, ExecutableProblem> {
        if name.contains("/") {
            let path = resolve(name)
            return Self.runnable(path).map { .failure($0) } ?? .success(path)
        }
        let search = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        var firstProblem: ExecutableProblem?
        for dir in search where !dir.isEmpty {
            let path = "\(dir)/\(name)"
            guard let problem = Self.runnable(path) else { return .success(path) }
            if problem != .missing, firstProblem == nil { firstProblem = problem }
        }
        return .failure(firstProblem ?? .notOnPath)
    }

    /// Why `path` cannot be executed, or nil when it can.
    static func runnable(_ path: String) -> ExecutableProblem? {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .notAFile }
        return access(path, X_OK) == 0 ? nil : .notExecutable
    }

    /// The plug-in kinds found beside the config, by kind name.
    func plugins() -> [String: String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: pluginDirectory) else { return [:] }
        var found: [String: String] = [:]
        for name in names where name.hasPrefix(Self.pluginPrefix) && name.count > Self.pluginPrefix.count {
            var kind = String(name.dropFirst(Self.pluginPrefix.count))
            // `onescreen-source-gateway.sh` is kind `gateway`: the extension says the language, not the kind.
            if let dot = kind.lastIndex(of: "."), dot != kind.startIndex { kind = String(kind[..<dot]) }
            found[kind] = pluginDirectory + "/" + name
        }
        return found
    }
}

/// Why a command cannot be run.
enum ExecutableProblem: Error, Equatable {
    case missing, notAFile, notExecutable, notOnPath

    var reason: String {
        switch self {
        case .missing: "no such file"
        case .notAFile: "not a regular file"
        case .notExecutable: "not executable (chmod +x?)"
        case .notOnPath: "not found on PATH"
        }
    }
}
