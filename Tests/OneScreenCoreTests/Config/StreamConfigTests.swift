import Foundation
import OneScreenTestSupport
import Testing
@testable import OneScreenCore

/// `stream: true` and `idle_timeout:` as a config's author writes them: read for exec sources and plug-in kinds,
/// and every misuse reported at its line with the key and what to do.
@Suite struct StreamConfigTests {
    let dir = TemporaryDirectory("stream-config")

    func write(_ text: String) -> String {
        let plugin = dir.write("plugins/onescreen-source-mqtt", "#!/bin/sh\n")
        chmod(plugin, 0o755)
        return dir.write("config.yaml", text)
    }

    func load(_ text: String) throws -> Config {
        try ConfigLoader.load(path: write(text), environment: ["PATH": "/usr/bin:/bin", "HOME": dir.path])
    }

    /// Each problem as `onescreen check` prints it, the file by its name.
    func problems(_ text: String) -> [String] {
        do {
            _ = try ConfigLoader.load(path: write(text), environment: ["PATH": "/usr/bin:/bin", "HOME": dir.path])
            return []
        } catch {
            return error.problems.map { "\(($0.file as NSString).lastPathComponent):\($0.line): \($0.key): \($0.reason)" }
        }
    }

    @Test func streamAndIdleTimeoutAreReadForExecAndPluginKinds() throws {
        let config = try load("""
            sources:
              - {name: feed, kind: exec, command: [sh, -c, "echo"], stream: true, idle_timeout: 30s}
              - {name: trucks, kind: mqtt, args: ["-t", "cold/#"], stream: true}
              - {name: once, kind: exec, command: [sh, -c, "echo"], stream: false}
            """)
        let streams = config.sources.map { source -> StreamSettings? in
            guard case .exec(let exec) = source.settings else { return nil }
            return exec.stream
        }
        #expect(streams == [StreamSettings(idleTimeout: .seconds(30)), StreamSettings(idleTimeout: nil), nil])
    }

    @Test func misusesAreReportedWithFileLineAndKey() {
        let found = problems("""
            sources:
              - name: feed
                kind: exec
                command: [sh, -c, "echo"]
                stream: yes please
                idle_timeout: 30
              - name: quiet
                kind: exec
                command: [sh, -c, "echo"]
                idle_timeout: 30s
              - name: trucks
                kind: mqtt
                stream: true
                idle_timeout: 10ms
                timeout: 5s
                interval: 1m
              - name: typo
                kind: mqtt
                steam: true
            """)
        #expect(found == [
            "config.yaml:5: sources[0].stream: expected true or false, found 'yes please'",
            "config.yaml:6: sources[0].idle_timeout: expected a duration such as 500ms, 10s, 5m or 1h, found the number 30",
            "config.yaml:10: sources[1].idle_timeout: applies to a stream only; add stream: true, or remove idle_timeout",
            "config.yaml:14: sources[2].idle_timeout: 10ms is shorter than the minimum of 1s",
            "config.yaml:15: sources[2].timeout: a stream (stream: true) runs until it stops and is then restarted with backoff; use idle_timeout to restart one that falls silent",
            "config.yaml:16: sources[2].interval: a stream (stream: true) runs until it stops and is then restarted with backoff; use idle_timeout to restart one that falls silent",
            "config.yaml:19: sources[3].steam: unknown key (did you mean 'stream'?)",
        ])
    }
}
