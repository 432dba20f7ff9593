import ArgumentParser
import Foundation
import OneScreenCore

/// Runs a request to the data side for a shell command: whatever kept it from being done (a refusal, an unreachable
/// server, a store or alert problem) prints its reason, sanitised, and exits 2; 1 is only ever "rows rejected".
func serviceCall<T>(_ body: () throws(ServiceError) -> T) throws -> T {
    do {
        return try body()
    } catch {
        FileHandle.standardError.write(Data("onescreen: \(Sanitizer.line(error.description))\n".utf8))
        throw ExitCode(Refusal.exitStatus)
    }
}
