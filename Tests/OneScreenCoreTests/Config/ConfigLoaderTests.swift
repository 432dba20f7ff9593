import Foundation
import OneScreenTestSupport
import Testing
import Yams
@testable import OneScreenCore

/// The config as its author meets it: real files on disk, every problem at once with its line.
@Suite struct ConfigLoaderTests {
    let dir = TemporaryDirectory("config")

    func problems(_ text: String) -> [String] {
        let path = dir.write("config.yaml", text)
        do {
            _ = try ConfigLoader.load(path: path, environment: ["PATH": "/usr/bin:/bin", "HOME": dir.path])
            return []
        } catch {
            return error.problems.map { "\($0.line): \($0.key): \($0.reason)" }
        }
    }

    @Test func misspeltKeyWrongTypeAndMissingCommandAreAllReportedWithTheirLines() {
        let found = problems("""
            refresh: 2s
            sources:
              - name: gateway
                kind: exec
                comand: ["./plugins/gateway.sh"]
              - name: erp
                kind: exec
                command: ["./plugins/missing.sh"]
                interval: 10
            """)
        #expect(found == [
            "3: sources[0].command: missing required key",
            "5: sources[0].comand: unknown key (did you mean 'command'?)",
            "8: sources[1].command: cannot run './plugins/missing.sh': no such file",
            "9: sources[1].interval: expected a duration such as 500ms, 10s, 5m or 1h, found the number 10",
        ])
    }

    @Test func reservedSectionsAreKeptForTheirOwnersAndOtherTopLevelKeysAreNot() throws {
        let path = dir.write("config.yaml", """
            refresh: 500ms
            language: en
            rules:
              - metric: truck.temp
                name: truck-warm
                kind: threshold
                max: 8
            roles: []
            kiosk: {pages: [overview]}
            """)
        let config = try ConfigLoader.load(path: path, environment: [:])
        #expect(config.refresh == .milliseconds(500))
        #expect(config.language == .en)
        #expect(config.document?["rules"]?.sequence?.count == 1)
        #expect(config.document?["rules"]?.sequence?.first?.mapping?["metric"]?.mark?.line == 4)
        #expect(config.alertRules.contains { $0.name == "truck-warm" })
        #expect(problems("rule: []\n") == ["1: rule: unknown key (did you mean 'rules'?)"])
        // Each owner's section is checked with the rest of the file, so `check` reports its problems too.
        #expect(problems("rules:\n  - metric: x\nusers:\n  li: nobody\n") == [
            "2: rules[0].name: missing required key", "4: users.li: no role \"nobody\"",
        ])
    }

    @Test func kioskAnnouncesNewAlertsByFlashAndOptionallyTheBell() throws {
        let defaults = try ConfigLoader.load(path: dir.write("config.yaml", "kiosk: {interval: 5s}\n"), environment: [:]).kiosk
        #expect(defaults.alertFlash && !defaults.alertBell)
        let set = try ConfigLoader.load(path: dir.write("config.yaml", "kiosk:\n  alert_bell: true\n  alert_flash: false\n"),
                                        environment: [:]).kiosk
        #expect(set.alertBell && !set.alertFlash)
        #expect(problems("kiosk:\n  alert_bell: loud\n") == ["2: kiosk.alert_bell: expected true or false, found 'loud'"])
    }

    @Test func kioskHoldsOnAlertsForL1AndL4UnlessConfiguredOtherwise() throws {
        func hold(_ yaml: String) throws -> Set<AlertLevel> {
            try ConfigLoader.load(path: dir.write("config.yaml", yaml), environment: [:]).kiosk.alertHold
        }
        #expect(try hold("kiosk: {interval: 5s}\n") == [.systemFault, .complianceRisk])
        #expect(try hold("kiosk:\n  alert_hold: [L4]\n") == [.complianceRisk])
        #expect(try hold("kiosk:\n  alert_hold: L1\n") == [.systemFault])
        #expect(try hold("kiosk:\n  alert_hold: false\n").isEmpty)
        #expect(try hold("kiosk:\n  alert_hold: []\n").isEmpty)
        #expect(problems("kiosk:\n  alert_hold: [L1, L9]\n") == ["2: kiosk.alert_hold: unknown level 'L9'; expected levels such as [L1, L4], or false"])
    }

    @Test func refusesAWorldWritableConfig() {
        let path = dir.write("config.yaml", "refresh: 2s\n")
        chmod(path, 0o666)
        #expect(throws: ConfigError.self) { try ConfigLoader.load(path: path, environment: [:]) }
        do { _ = try ConfigLoader.load(path: path, environment: [:]) } catch {
            #expect(error.problems.first?.reason.contains("world-writable") == true)
        }
    }

    @Test func commandsResolveAgainstTheConfigFolderAndPath() throws {
        let script = dir.write("plugins/onescreen-source-gateway.sh", "#!/bin/sh\n")
        chmod(script, 0o755)
        let path = dir.write("config.yaml", """
            sources:
              - {name: a, kind: exec, command: ["./plugins/onescreen-source-gateway.sh", "x"]}
              - {name: b, kind: exec, command: [sh, -c, "echo"], interval: 1m30s, timeout: 5s, enabled: false}
              - {name: c, kind: gateway, args: ["--site", "沪A"]}
            """)
        let config = try ConfigLoader.load(path: path, environment: ["PATH": "/usr/bin:/bin"])
        let commands = config.sources.map { source -> [String] in
            guard case .exec(let exec) = source.settings else { return [] }
            return exec.command
        }
        #expect(commands[0] == [script, "x"])
        #expect(commands[1].first?.hasSuffix("/sh") == true)
        #expect(commands[2] == [script, "--site", "沪A"])
        #expect(config.sources[1].interval == .seconds(90))
        #expect(config.sources[1].timeout == .seconds(5))
        #expect(config.sources[1].enabled == false)
        #expect(config.sources[2].kind == "gateway")
    }

    @Test func unreadablePathsUnknownKindsAndDuplicateNamesAreReported() throws {
        let found = problems("""
            sources:
              - {name: t, kind: file, path: /nonexistent/dir/x.jsonl}
              - {name: d, kind: file, directory: ./no-such-drop}
              - {name: q, kind: sqlite, database: ./absent.sqlite, query: "SELECT 1", type: reading}
              - {name: s, kind: simulatr}
              - {name: s, kind: simulator}
              - {name: s, kind: simulator}
            """)
        try #require(found.count == 5, "\(found)")
        #expect(found[0] == "2: sources[0].path: no such directory: /nonexistent/dir")
        #expect(found[1].hasPrefix("3: sources[1].directory: no such directory: "))
        #expect(found[2].hasPrefix("4: sources[2].database: no such file: "))
        #expect(found[3].hasPrefix("5: sources[3].kind: unknown kind 'simulatr' (did you mean 'simulator'?)"))
        #expect(found[4] == "7: sources[5].name: 's' is already the name of sources[4]")
    }

    @Test func aYAMLSyntaxErrorIsLocated() {
        let found = problems("sources:\n  - name: a\n   kind: exec\n")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("3: : YAML syntax") == true)
    }

    @Test func durationsReadAsPeopleWriteThem() {
        #expect(ConfigDuration.parse("500ms") == .milliseconds(500))
        #expect(ConfigDuration.parse("1.5s") == .milliseconds(1500))
        #expect(ConfigDuration.parse("1h") == .seconds(3600))
        #expect(ConfigDuration.parse("1m30s") == .seconds(90))
        #expect(ConfigDuration.parse("10") == nil)
        #expect(ConfigDuration.parse("10 parsecs") == nil)
        #expect(ConfigDuration.text(.seconds(90)) == "1m30s")
        #expect(ConfigDuration.parse("90d") == .seconds(90 * 86_400))
        #expect(ConfigDuration.parse("5y") == .seconds(5 * 365 * 86_400))
        #expect(ConfigDuration.text(.seconds(90 * 86_400)) == "90d")
    }

    @Test func retentionIsReadAndBadValuesAreReportedWithTheirLines() throws {
        let path = dir.write("config.yaml", "retention:\n  raw: 30d\n  minute: 1y\n  hour: forever\n")
        #expect(try ConfigLoader.load(path: path, environment: [:]).retention
                == Retention(raw: .seconds(30 * 86_400), minute: .seconds(365 * 86_400), hour: nil))
        #expect(try ConfigLoader.load(path: dir.write("empty.yaml", "refresh: 2s\n"), environment: [:]).retention == .standard)
        #expect(problems("""
            refresh: 2s
            retention:
              raw: 12h
              minutes: 90d
              hour: 30
            """) == [
            "3: retention.raw: 12h is shorter than the minimum of 2d (pages and alert rules read recent raw readings)",
            "4: retention.minutes: unknown key (did you mean 'minute'?)",
            "5: retention.hour: expected a duration such as 30d, 90d or 5y, or forever, found the number 30",
        ])
        #expect(problems("retention:\n  raw: forever\n  minute: 1y\n") == [
            "3: retention.minute: minute (365d) would be deleted before raw (forever); keep each level at least as long as the finer one",
        ])
        #expect(problems("retension:\n  raw: 30d\n") == ["1: retension: unknown key (did you mean 'retention'?)"])
    }

    @Test func aMissingDefaultConfigMeansDefaults() throws {
        let config = try ConfigLoader.load(path: nil, environment: ["XDG_CONFIG_HOME": dir.path + "/nothing-here"])
        #expect(config.file.isEmpty)
        #expect(config.sources.isEmpty)
        #expect(ConfigLoader.defaultPath(environment: ["XDG_CONFIG_HOME": "/x"]) == "/x/onescreen/config.yaml")
        #expect(ConfigLoader.defaultPath(environment: ["HOME": "/home/u"]) == "/home/u/.config/onescreen/config.yaml")
    }
}
