import Foundation
import OneScreenCore

/// Finds themes for `--theme NAME|PATH` and lists them for the `t` key.
///
/// A name is looked up as `NAME.yaml` in each of `directories` in order, then among the built-in themes, so a file can
/// override a built-in theme and the binary still works with no `themes/` folder at all. The catalog never reads the
/// environment itself: the caller passes what it knows, which keeps every lookup testable.
public struct ThemeCatalog: Sendable {
    /// Folders searched for `NAME.yaml`, in order.
    public let directories: [String]

    /// How far above the executable to look: `.build/<triple>/debug/onescreen` is three levels below the clone.
    public static let executableSearchDepth = 4

    public init(directories: [String]) {
        self.directories = directories
    }

    /// The usual search folders: the user's config (`$XDG_CONFIG_HOME/onescreen/themes`, else
    /// `~/.config/onescreen/themes`) first so anyone can override a shipped theme, then `themes/` in the working
    /// directory, then `themes/` beside the executable and up to `executableSearchDepth` folders above it (so
    /// `swift run` and `.build/debug/onescreen` in a clone find the repository's `themes/`).
    public init(environment: [String: String], currentDirectory: String, executablePath: String?) {
        var directories: [String] = []
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
            directories.append("\(config)/onescreen/themes")
        } else if let home = environment["HOME"], !home.isEmpty {
            directories.append("\(home)/.config/onescreen/themes")
        }
        directories.append(URL(fileURLWithPath: currentDirectory).appendingPathComponent("themes").path)
        if let executablePath {
            var folder = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0...Self.executableSearchDepth {
                directories.append(folder.appendingPathComponent("themes").path)
                folder = folder.deletingLastPathComponent()
            }
        }
        var seen: Set<String> = []
        self.init(directories: directories.filter { seen.insert($0).inserted })
    }

    /// `--theme` takes a path when the argument looks like one, otherwise a name.
    public static func isPath(_ argument: String) -> Bool {
        argument.contains("/") || argument.hasSuffix(".yaml")
    }

    /// What to draw with, from `--theme` (nil when not given) and what the terminal allows.
    ///
    /// - Parameters:
    ///   - argument: the `--theme` value, a name or a path.
    ///   - noColor: `NO_COLOR` is set to a non-empty value (no-color.org); the caller reads the environment.
    ///   - colorMode: the colours the output can show (curses' `COLORS`, or `ColorMode.detect` for piped output).
    /// - Returns: the mono theme without colour whenever colour is off, whatever the argument asked; otherwise the
    ///   theme asked for (or the default), with the problems met on the way.
    public func select(_ argument: String?, noColor: Bool, colorMode: ColorMode) -> ThemeSelection {
        if noColor || colorMode == .none {
            return ThemeSelection(theme: .mono, colorMode: .none, errors: [])
        }
        guard let argument, !argument.isEmpty else {
            return ThemeSelection(theme: .default, colorMode: colorMode, errors: [])
        }
        let loaded = load(argument)
        return ThemeSelection(theme: loaded.theme, colorMode: colorMode, errors: loaded.errors)
    }

    /// The theme `argument` names or points at; `Theme.default` plus the reasons when it cannot be had.
    public func load(_ argument: String) -> ThemeLoadResult {
        if Self.isPath(argument) { return ThemeLoader.load(path: argument) }
        if let file = file(named: argument) { return ThemeLoader.load(path: file) }
        if let theme = Theme.builtIn.first(where: { $0.name == argument }) {
            return ThemeLoadResult(theme: theme, errors: [])
        }
        let available = names()
        let reason = "no such theme\(Suggestion.hint(for: argument, among: available))"
            + " (available: \(available.joined(separator: ", ")))"
        return ThemeLoadResult(
            theme: .default,
            errors: [ThemeError(path: "--theme", line: nil, key: argument, reason: reason)]
        )
    }

    /// Every theme name that `load` accepts: `default` first (the one to come back to when cycling), then the rest
    /// alphabetically.
    public func names() -> [String] {
        var names = Set(Theme.builtIn.map(\.name))
        for directory in directories {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            for entry in entries where entry.hasSuffix(".yaml") {
                names.insert(String(entry.dropLast(".yaml".count)))
            }
        }
        return names.sorted { ($0 == Theme.default.name ? 0 : 1, $0) < ($1 == Theme.default.name ? 0 : 1, $1) }
    }

    private func file(named name: String) -> String? {
        directories
            .map { "\($0)/\(name).yaml" }
            .first { FileManager.default.fileExists(atPath: $0) }
    }
}
