import ArgumentParser
import OneScreenCore

/// Durations on the command line go through the config's checked parser (`2s`, `500ms`, `5m`); a bare number is
/// seconds, as `--refresh 2` was always written.
extension Duration: @retroactive ExpressibleByArgument {
    public init?(argument: String) {
        if let value = Duration(configText: argument) { self = value; return }
        guard let seconds = Double(argument), seconds.isFinite, seconds > 0,
              let value = Duration(configText: "\(Int64(min(seconds, 1e12) * 1000))ms") else { return nil }
        self = value
    }
}
