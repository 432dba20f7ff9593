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

    /// `~/x` → `$HOME/x`; other paths unchanged.
    public static func expand(_ path: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        path == "~" || path.hasPrefix("~/") ? homeDirectory(environment: environment) + path.dropFirst() : path
    }
}
