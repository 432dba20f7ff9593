import Foundation
import OneScreenTestSupport
import Testing
@testable import OneScreenCore

/// Every duration of the config and the command line passes one checked parser: a huge one is a located problem.
@Suite struct DurationLimitTests {
    static let huge = "99999999999999999999y"

    @Test func theParserBoundsSumsAndSpellings() {
        #expect(ConfigDuration.check("1m30s") == .success(.seconds(90)))
        #expect(ConfigDuration.check("100y") == .success(.seconds(100 * 365 * 86_400)))
        #expect(ConfigDuration.check("100y1s") == .failure(.tooLong))
        #expect(ConfigDuration.check("1e400s") == .failure(.notADuration))
        #expect(ConfigDuration.check(String(repeating: "9", count: 400) + "ms") == .failure(.tooLong))
        #expect(ConfigDuration.check("５s") == .failure(.notADuration))
        #expect(throws: AlertActionError.tooLong) { try Silence.duration(Self.huge) }
        #expect(throws: AlertActionError.badDuration) { try Silence.duration("soon") }
    }

    @Test func commandLineTimesAreCheckedAndTakeAPlainDate() {
        #expect(TimeArgument.instant("9223372036854775807", utcOffset: 0) == nil)
        #expect(TimeArgument.instant("-9223372036854775808", utcOffset: 0) == nil)
        #expect(TimeArgument.instant("1792540800", utcOffset: 0) == Instant(seconds: Int64(1_792_540_800)))
        #expect(TimeArgument.instant("2026-12-01", utcOffset: 8 * 3600) == TimestampParser.parse("2026-12-01T00:00:00+08:00"))
        #expect(TimeArgument.instant("2026-13-01", utcOffset: 0) == nil)
        let now = Instant(seconds: Int64(1_792_540_800))
        #expect(TimeArgument.instantOrAge("24h", now: now, utcOffset: 0) == Instant(seconds: Int64(1_792_540_800 - 86_400)))
        #expect(TimeArgument.instantOrAge(Self.huge, now: now, utcOffset: 0) == nil)
    }
}

extension ConfigLoaderTests {
    @Test func hugeDurationsAnywhereInTheConfigAreLocatedProblems() {
        let h = DurationLimitTests.huge
        let plugin = dir.write("p.sh", "#!/bin/sh\n")
        chmod(plugin, 0o755)
        let found = problems("""
            refresh: \(h)
            retention:
              raw: \(h)
            kiosk:
              interval: \(h)
            sources:
              - {name: a, kind: exec, command: ["./p.sh"], interval: \(h), timeout: \(h)}
            rules:
              - {name: r, kind: threshold, metric: m, above: 1, for: \(h), level: L3}
            alerts:
              hooks:
                - {command: ["./p.sh"], on: [fire], timeout: \(h)}
            """)
        let tooLong = "\(h) is longer than the maximum of 36500d (100 years)"
        #expect(found.contains("1: refresh: \(tooLong)"), "\(found)")
        #expect(found.contains("3: retention.raw: \(tooLong); write forever to keep it for good"), "\(found)")
        #expect(found.contains("5: kiosk.interval: \(tooLong)"), "\(found)")
        #expect(found.contains("7: sources[0].interval: \(tooLong)"), "\(found)")
        #expect(found.contains("7: sources[0].timeout: \(tooLong)"), "\(found)")
        #expect(found.contains { $0.hasPrefix("9: rules[0].for: \(tooLong)") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("12: alerts.hooks[0].timeout: \(tooLong)") }, "\(found)")
    }
}
