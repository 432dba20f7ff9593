import Yams

/// An `exec` source (and every plug-in kind): the command to run, its first word already resolved to a file.
public struct ExecSettings: Sendable, Equatable {
    /// argv; `command[0]` is an absolute path.
    public var command: [String]
    /// The working directory: the config's folder, so a plug-in finds files beside it as its author expects.
    public var directory: String

    public init(command: [String], directory: String) {
        self.command = command
        self.directory = directory
    }

    static let keys = ["command"]

    static func read(_ fields: ConfigFields, _ reader: inout ConfigReader, _ paths: ConfigPaths) -> ExecSettings? {
        reader.require(["command"], in: fields)
        guard var command = reader.stringList("command", in: fields, nonEmpty: true) else { return nil }
        switch paths.executable(command[0]) {
        case .success(let path):
            command[0] = path
            return ExecSettings(command: command, directory: paths.directory)
        case .failure(let problem):
            reader.problem(at: fields["command"]?.sequence?.first, fields.path("command"), "cannot run '\(command[0])': \(problem.reason)")
            return nil
        }
    }

    /// A plug-in kind: `plugins/onescreen-source-NAME`, with optional `args`.
    static let pluginKeys = ["args"]

    static func readPlugin(_ fields: ConfigFields, _ reader: inout ConfigReader, _ paths: ConfigPaths, executable: String) -> ExecSettings? {
        let args = reader.stringList("args", in: fields) ?? []
        if let problem = ConfigPaths.runnable(executable) {
            reader.problem(at: fields["kind"], fields.path("kind"), "plug-in \(executable): \(problem.reason)")
            return nil
        }
        return ExecSettings(command: [executable] + args, directory: paths.directory)
    }
}
