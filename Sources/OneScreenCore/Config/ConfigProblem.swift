/// One thing wrong with a configuration file, located so the user can go straight to it:
/// `config.yaml:12: sources[0].intervall: unknown key (did you mean "interval"?)`.
public struct ConfigProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    /// 1-based line of the offending key or value; 0 when the problem is the file as a whole.
    public var line: Int
    /// The key path, e.g. `sources[2].command`; empty for the file as a whole.
    public var key: String
    public var reason: String

    public init(file: String, line: Int, key: String, reason: String) {
        self.file = file
        self.line = line
        self.key = key
        self.reason = reason
    }

    public var description: String {
        let place = line > 0 ? "\(file):\(line)" : file
        return key.isEmpty ? "\(place): \(reason)" : "\(place): \(key): \(reason)"
    }
}
