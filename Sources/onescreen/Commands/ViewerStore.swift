import Foundation
import OneScreenCore

/// The store a viewer (the dashboard, `snapshot`) opens: the one named by `--store` or the config, else the default
/// store when it exists, else (or with `--demo`) the demo built from `sample-data/` so that `onescreen` on a fresh
/// clone shows something at once.
enum ViewerStore {
    static func open(
        _ option: StoreOption, config: Config, demo: Bool = false, now: Instant, utcOffset: Int, progress: (DemoProgress) -> Void
    ) throws -> (store: Store, isDemo: Bool) {
        if !demo, option.store != nil || config.store != nil || FileManager.default.fileExists(atPath: option.path) {
            return (try option.open(config: config), false)
        }
        guard let sampleData = DemoStore.findSampleData() else {
            throw DemoError.noSampleData(FileManager.default.currentDirectoryPath + "/sample-data")
        }
        let store = try DemoStore.open(
            at: DemoStore.path(), sampleData: sampleData, now: now, utcOffset: utcOffset, progress: progress)
        return (store, true)
    }
}
