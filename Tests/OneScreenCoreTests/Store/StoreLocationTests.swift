import Testing
@testable import OneScreenCore

/// Paths a config or `--store` names: `~` and the XDG folders, with the XDG defaults when the variables are unset, so
/// the example config's `$XDG_DATA_HOME/onescreen/example.sqlite` names each user's own data folder.
struct StoreLocationTests {
    @Test func xdgFoldersAndTheHomeExpand() {
        let set = ["HOME": "/home/li", "XDG_DATA_HOME": "/data/li", "XDG_STATE_HOME": "/state/li"]
        #expect(StoreLocation.expand("$XDG_DATA_HOME/onescreen/example.sqlite", environment: set) == "/data/li/onescreen/example.sqlite")
        #expect(StoreLocation.expand("${XDG_STATE_HOME}/x", environment: set) == "/state/li/x")
        #expect(StoreLocation.expand("~/x", environment: set) == "/home/li/x")
        let unset = ["HOME": "/home/li", "XDG_DATA_HOME": "relative/not/allowed"]
        #expect(StoreLocation.expand("$XDG_DATA_HOME/onescreen/s.sqlite", environment: unset) == "/home/li/.local/share/onescreen/s.sqlite")
        #expect(StoreLocation.expand("$XDG_CONFIG_HOME", environment: unset) == "/home/li/.config")
        #expect(StoreLocation.expand("$XDG_DATA_HOMEX/y", environment: set) == "$XDG_DATA_HOMEX/y", "only the variable itself")
        #expect(StoreLocation.expand("data/s.sqlite", environment: set) == "data/s.sqlite")
    }
}
