import ArgumentParser
import Foundation
import OneScreenCore

/// Runs a request to the data side for a shell command: a refusal or an unreachable server prints its reason and
/// exits 2 (nothing could be done); a store or alert problem exits 1.
func serviceCall<T>(_ body: () throws(ServiceError) -> T) throws -> T {
    do {
        return try body()
    } catch {
        let status: Int32 = switch error {
        case .refused, .connection: 2
        case .alertAction, .failed: 1
        }
        FileHandle.standardError.write(Data("onescreen: \(error)\n".utf8))
        throw ExitCode(status)
    }
}
