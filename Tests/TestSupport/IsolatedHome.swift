import Foundation

/// The XDG folders every process a test starts gets: one scratch set per test run, so no test reads the developer's
/// config or writes into their data folder (a stray default store there would replace the demo for `onescreen`),
/// and the demo store is built once per run and shared by the tests that open it.
public enum IsolatedHome {
    public static let environment: [String: String] = {
        let root = FileManager.default.temporaryDirectory.path + "/onescreen-test-home-\(getpid())"
        for folder in ["data", "config", "state"] {
            try? FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        return ["XDG_DATA_HOME": root + "/data", "XDG_CONFIG_HOME": root + "/config", "XDG_STATE_HOME": root + "/state"]
    }()
}
