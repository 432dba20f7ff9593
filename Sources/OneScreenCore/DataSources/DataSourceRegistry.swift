/// Makes the running source for a configured one. Kinds are registered by name in `BuiltInSourceKind` (which also
/// reads their settings); every plug-in kind is an `exec` source running the plug-in.
public enum DataSourceRegistry {
    public static func source(for config: SourceConfig) -> any DataSource {
        switch config.settings {
        case .exec(let settings):
            if let stream = settings.stream { StreamingExecSource(settings: settings, stream: stream) } else { ExecSource(settings: settings) }
        case .file(let settings):
            switch settings.target {
            case .tail(let path): FileTailSource(path: path, format: settings.format, type: settings.type)
            case .dropDirectory(let path): DropDirectorySource(directory: path, format: settings.format, type: settings.type)
            }
        case .sqlite(let settings): SQLiteQuerySource(settings: settings)
        case .http(let settings): HTTPSource(settings: settings)
        case .simulator(let settings): SimulatorSource(settings: settings)
        }
    }
}
