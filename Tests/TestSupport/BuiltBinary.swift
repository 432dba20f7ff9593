import Foundation

/// Runs the `onescreen` binary that `swift test` built beside the test bundle, as a real child process.
public enum BuiltBinary {
    public static var path: String {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = runner.deletingLastPathComponent()
        // The runner may sit inside an .xctest bundle directory; walk up until the binary is beside us.
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("onescreen").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return runner.deletingLastPathComponent().appendingPathComponent("onescreen").path
    }

    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// Runs the binary to completion with `arguments`, optional stdin text and extra environment.
    /// - Parameter viaEnv: run `arguments` as a whole command line through `/usr/bin/env` (e.g. under `setpriv`).
    public static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
                           directory: String? = nil, viaEnv: Bool = false) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: viaEnv ? "/usr/bin/env" : path)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.merge(IsolatedHome.environment) { $1 }
        env.merge(environment) { $1 }
        process.environment = env
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        // Read both pipes concurrently so a chatty child never blocks on a full pipe.
        nonisolated(unsafe) var errData = Data()
        let errReader = Thread { errData = err.fileHandleForReading.readDataToEndOfFile() }
        errReader.start()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errReader.isFinished { usleep(1000) }
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}
