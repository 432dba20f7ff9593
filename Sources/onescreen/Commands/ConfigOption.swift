import ArgumentParser
import OneScreenCore

/// `--config PATH`, shared by the commands that read the configuration.
struct ConfigOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The configuration file (default: $XDG_CONFIG_HOME/onescreen/config.yaml, else ~/.config/onescreen/config.yaml).",
        valueName: "path"))
    var config: String?

    /// The config, or exit 2 after printing every problem on stderr as FILE:LINE: key: reason.
    func load() throws -> Config {
        do {
            return try ConfigLoader.load(path: config)
        } catch {
            let errors = StandardError()
            for problem in error.problems { errors.line(problem.description) }
            errors.flush()
            throw ExitCode(2)
        }
    }
}
