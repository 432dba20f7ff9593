import ArgumentParser
import OneScreenCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the configuration file and report every problem.",
        discussion: """
        Each problem is printed on stderr as FILE:LINE: key: reason: unknown keys (with a did-you-mean), wrong
        types, missing keys, commands that cannot run, unreadable paths. Exit status: 0 when the config is valid
        (one summary line on stdout), 2 when it is not.
        """
    )

    @OptionGroup var config: ConfigOption

    func run() throws {
        let config = try self.config.load()
        guard !config.file.isEmpty else {
            print("no config at \(ConfigLoader.defaultPath()); the built-in defaults apply")
            return
        }
        let enabled = config.sources.filter(\.enabled).count
        let kinds = Set(config.sources.map(\.kind)).sorted().joined(separator: ", ")
        print("\(config.file): ok, \(config.sources.count) sources (\(enabled) enabled\(kinds.isEmpty ? "" : ": \(kinds)")), store \(config.store ?? StoreLocation.defaultPath())")
    }
}
