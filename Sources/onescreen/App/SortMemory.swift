import Foundation
import OneScreenUI

/// Each list's sort between runs: a small JSON file in the XDG state directory (`$XDG_STATE_HOME/onescreen/sorts.json`,
/// else `~/.local/state/onescreen/sorts.json`), read when the dashboard starts and written when a sort changes. A file
/// that cannot be read or written costs only the remembered sorts: the dashboard starts with the defaults.
struct SortMemory {
    let path: String

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        path = state + "/onescreen/sorts.json"
    }

    /// The saved sorts; lists or columns this version does not know are dropped (see `ListSorting.current`).
    func load() -> [ListID: SortChoice] {
        guard let data = FileManager.default.contents(atPath: path),
              let saved = try? JSONDecoder().decode([String: SortChoice].self, from: data) else { return [:] }
        return Dictionary(uniqueKeysWithValues: saved.compactMap { key, choice in ListID(rawValue: key).map { ($0, choice) } })
    }

    func save(_ sorts: [ListID: SortChoice]) {
        let named = Dictionary(uniqueKeysWithValues: sorts.map { ($0.key.rawValue, $0.value) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        guard let data = try? encoder.encode(named) else { return }
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try? data.write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
