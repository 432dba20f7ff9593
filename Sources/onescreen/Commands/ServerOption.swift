import ArgumentParser
import Foundation
import OneScreenCore

/// `--server SOCKET`: ask a `onescreen serve` instead of opening a store. Without it, the user's config's
/// `server:`, else `ONESCREEN_SERVER`, else the default socket when a server listens there.
struct ServerOption: ParsableArguments {
    @Option(help: ArgumentHelp("The socket of a onescreen serve to ask (default: config's server:, ONESCREEN_SERVER, or the default socket when a server listens there).", valueName: "socket"))
    var server: String?

    /// The socket to use, or nil for embedded mode.
    func socket(config: Config, environment: [String: String]) -> String? {
        if let server { return StoreLocation.expand(server) }
        if let configured = config.server { return configured }
        if let named = environment["ONESCREEN_SERVER"], !named.isEmpty { return StoreLocation.expand(named) }
        let fallback = ServerSocket.defaultPath(environment: environment)
        return ServerSocket.isListening(at: fallback) ? fallback : nil
    }
}
