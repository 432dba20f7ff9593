import ArgumentParser
import Foundation
import OneScreenCore

/// `--config`, `--store`, `--server` and `--role` for everything that reads or acts on the data: the one place that
/// decides between a server's socket and the store in this process.
struct ServiceOptions: ParsableArguments {
    @OptionGroup var config: ConfigOption
    @OptionGroup var store: StoreOption
    @OptionGroup var server: ServerOption
    @OptionGroup var access: RoleOption

    /// What to do when no store exists yet in embedded mode.
    enum Missing {
        /// Build and open the demo (the dashboard, `snapshot`): a fresh clone shows something at once.
        case demo(now: Instant, utcOffset: Int, progress: (DemoProgress) -> Void)
        /// Refuse with a message that names the store looked for.
        case refuse
    }

    /// Connects to the data side: a server when one is named or listening, else the store in this process.
    /// - Parameters:
    ///   - loaded: the user's config (for `server:`, `store:` and, in embedded mode, roles and retention).
    ///   - forcedRole: `--kiosk`'s role, which takes the place of `--role`.
    ///   - forcesDemo: `--demo`: the demo's store in this process, whatever store or server there is.
    func connect(_ loaded: Config, forcedRole: String? = nil, forcesDemo: Bool = false, missing: Missing) throws -> Connection {
        let requested = forcedRole ?? access.role
        let environment = ProcessInfo.processInfo.environment
        if !forcesDemo, let socket = server.socket(config: loaded, environment: environment) {
            if store.store != nil { throw Refusal("--store names a file, and a client of onescreen serve never opens one: leave --store out or drop --server") }
            let result = ServiceClient.connect(socket: socket, role: requested)
            return .client(try serviceCall { () throws(ServiceError) in try result.get() })
        }
        var isDemo = false
        let path: String
        if !forcesDemo, store.store != nil || loaded.store != nil || FileManager.default.fileExists(atPath: store.path) {
            path = store.resolvedPath(config: loaded)
        } else {
            guard case .demo(let now, let offset, let progress) = missing else { throw Refusal(store.missingMessage(path: store.resolvedPath(config: loaded))) }
            guard let sampleData = DemoStore.findSampleData() else {
                throw DemoError.noSampleData(FileManager.default.currentDirectoryPath + "/sample-data")
            }
            path = DemoStore.path()
            _ = try DemoStore.open(at: path, sampleData: sampleData, now: now, utcOffset: offset, progress: progress)
            isDemo = true
        }
        if case .refuse = missing, !StoreOption.exists(path) { throw Refusal(store.missingMessage(path: path)) }
        let identity = PeerIdentity.current
        // Embedded mode is for a store of one's own: someone else's store is theirs to serve.
        if let owner = StoreOwnership.owner(of: path), owner != identity.uid {
            throw Refusal("store \(path) belongs to \(PeerIdentity(uid: owner).user), not to \(identity.user): its owner runs onescreen serve on it, and you connect with --server SOCKET")
        }
        let opened = try store.open(path: path, config: loaded)
        let viewer: Viewer
        do {
            viewer = try loaded.access.viewer(for: identity, owner: identity.uid, requested: requested)
        } catch {
            throw ValidationError(error.description)
        }
        let service = try EmbeddedService(store: opened, viewer: viewer, retention: loaded.retention, rules: loaded.alertRules,
                                          watchesChanges: true)
        return .embedded(service, isDemo: isDemo)
    }
}
