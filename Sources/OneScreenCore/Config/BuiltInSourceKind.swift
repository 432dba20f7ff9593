/// The source kinds onescreen ships, registered by the name a config's `kind:` uses. Anything else is a plug-in:
/// an executable `plugins/onescreen-source-NAME` beside the config, run with the exec protocol.
public enum BuiltInSourceKind: String, Sendable, CaseIterable {
    case file, exec, sqlite, http, simulator

    /// The keys this kind reads beyond the common ones.
    var keys: [String] {
        switch self {
        case .exec: ExecSettings.keys
        case .file: FileSettings.keys
        case .sqlite: SQLiteSettings.keys
        case .http: HTTPSettings.keys
        case .simulator: SimulatorSettings.keys
        }
    }

    func read(_ fields: ConfigFields, _ reader: inout ConfigReader, _ paths: ConfigPaths) -> SourceSettings? {
        switch self {
        case .exec: ExecSettings.read(fields, &reader, paths).map(SourceSettings.exec)
        case .file: FileSettings.read(fields, &reader, paths).map(SourceSettings.file)
        case .sqlite: SQLiteSettings.read(fields, &reader, paths).map(SourceSettings.sqlite)
        case .http: HTTPSettings.read(fields, &reader).map(SourceSettings.http)
        case .simulator: .simulator(SimulatorSettings.read(fields, &reader))
        }
    }

    /// How often a source of this kind runs when the config does not say.
    var defaultInterval: Duration {
        switch self {
        // The demo should visibly move between two refreshes of the screen.
        case .simulator: .seconds(2)
        // Tailing and drop folders are cheap to look at and their writers expect a prompt pick-up.
        case .file: .seconds(2)
        // Commands, queries and URLs cost the other side something; ten seconds is fresh enough for a wall screen.
        case .exec, .sqlite, .http: .seconds(10)
        }
    }
}
