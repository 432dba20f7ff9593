import ArgumentParser
import OneScreenCore

/// `--config`, `--store` and `--role` for the commands that read or act on the shared store from a shell: the store
/// the config names (not silently the default one), and the person at the keyboard under the role the config gives
/// them, so a script is held to the same rules as the dashboard.
struct StoreAccess: ParsableArguments {
    @OptionGroup var config: ConfigOption
    @OptionGroup var store: StoreOption
    @OptionGroup var access: RoleOption

    func open() throws -> (store: Store, viewer: Viewer) {
        let loaded = try config.load()
        let viewer = try access.viewer(policy: loaded.access)
        return (try store.openExisting(config: loaded), viewer)
    }

    /// The store and a viewer allowed to acknowledge and silence alerts, or a message that says why not.
    func openToActOnAlerts() throws -> (store: Store, viewer: Viewer) {
        let opened = try open()
        guard opened.viewer.mayActOnAlerts else {
            throw Refusal("role \(opened.viewer.role.name) may not acknowledge or silence alerts; ask for a role that may open the alerts page in full")
        }
        return opened
    }
}
