import Yams

/// An `exec` source (and every plug-in kind): the command to run, its first word already resolved to a file.
public struct ExecSettings: Sendable, Equatable {
    /// argv; `command[0]` is an absolute path.
    public var command: [String]
    /// The working directory: the config's folder, so a plug-in finds files beside it as its author expects.
    public var directory: String
    /// Set when the command is a long-running stream rather than a run that exits.
    public var stream: StreamSettings?

    public init(command: [String], directory: String, stream: StreamSettings? = nil) {
        self.command = command
        self.directory = directory
        self.stream = stream
    }

    static let keys = ["command"] + StreamSettings.keys

    static func read(_ fields: ConfigFields, _ reader: inout ConfigReader, _ paths: ConfigPaths) -> ExecSettings? {
        reader.require(["command"], in: fields)
        guard var command = reader.stringList("command", in: fields, nonEmpty: true) else { return nil }
        switch paths.executable(command[0]) {
        case .success(let path):
            command[0] = path
            return ExecSettings(command: command, directory: paths.directory, stream: StreamSettings.read(fields, &reader))
        case .failure(let problem):
            reader.problem(at: fields["command"]?.sequence?.first, fields.path("command"), "cannot run '\(command[0])': \(problem.reason)")
            return nil
        }
    }

    /// A plug-in kind: `plugins/onescreen-source-NAME`, with optional `args`.
    static let pluginKeys = ["args"] + StreamSettings.keys

    static func readPlugin(_ fields: ConfigFields, _ reader: inout ConfigReader, _ paths: ConfigPaths, executable: String) -> ExecSettings? {
        let args = reader.stringList("args", in: fields) ?? []
        let stream = StreamSettings.read(fields, &reader)
        if let problem = ConfigPaths.runnable(executable) {
            reader.problem(at: fields["kind"], fields.path("kind"), "plug-in \(executable): \(problem.reason)")
            return nil
        }
        return ExecSettings(command: [executable] + args, directory: paths.directory, stream: stream)
    }
}
