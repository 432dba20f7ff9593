import Foundation

/// Where the store lives when `--store` is not given: `$XDG_DATA_HOME/onescreen/store.sqlite`,
/// else `~/.local/share/onescreen/store.sqlite`, per the XDG base directory convention.
public enum StoreLocation {
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        dataDirectory(environment: environment) + "/store.sqlite"
    }

    public static func dataDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/onescreen" }
        return homeDirectory(environment: environment) + "/.local/share/onescreen"
    }

    public static func homeDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    }

    /// `~/x` → `$HOME/x`; `$XDG_DATA_HOME/x`, `$XDG_STATE_HOME/x`, `$XDG_CONFIG_HOME/x` (or `${…}`) → the directory,
    /// or its XDG default when the variable is unset or not absolute, so a config can name the same store for every
    /// user; other paths unchanged.
    public static func expand(_ path: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if path == "~" || path.hasPrefix("~/") { return homeDirectory(environment: environment) + path.dropFirst() }
        for (name, fallback) in [("XDG_DATA_HOME", "/.local/share"), ("XDG_STATE_HOME", "/.local/state"), ("XDG_CONFIG_HOME", "/.config")] {
            for spelling in ["$" + name, "${" + name + "}"] where path == spelling || path.hasPrefix(spelling + "/") {
                let value = environment[name].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? homeDirectory(environment: environment) + fallback
                return value + path.dropFirst(spelling.count)
            }
        }
        return path
    }
}
