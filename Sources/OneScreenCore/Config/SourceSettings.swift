/// What a source of each kind needs beyond name, interval and timeout.
public enum SourceSettings: Sendable, Equatable {
    case exec(ExecSettings)
    case file(FileSettings)
    case sqlite(SQLiteSettings)
    case http(HTTPSettings)
    case simulator(SimulatorSettings)
}
