import Foundation
import OneScreenTestSupport
import Testing
@testable import OneScreenCore

/// The parsers under a seeded mutation fuzzer (see `MutationFuzzer`), each for its time budget: no input may crash
/// them, and what they report stays sane.
@Suite(.serialized) struct FuzzTests {
    static let records = MutationFuzzer.corpus(["sample-data"], suffixes: [".jsonl", ".csv"])

    @Test func csvParser() {
        var fuzzer = MutationFuzzer(corpus: Self.records, seed: 11)
        var fields: [String] = []
        let ran = fuzzer.run { input in
            _ = CSVParser.isOpen(input)
            if CSVParser.fields(input, into: &fields) == nil { #expect(!fields.isEmpty) }
        }
        #expect(ran > 0)
    }

    @Test func jsonLinesParser() {
        var fuzzer = MutationFuzzer(corpus: Self.records, seed: 12)
        let ran = fuzzer.run { input in
            if case .failure(let e) = JSONLineParser.parse(input) { #expect(e.column >= 1 && e.column <= input.count + 1) }
        }
        #expect(ran > 0)
    }

    /// The whole ingest path short of the store: lines, CSV records, JSON, the record decoder; and what it reports
    /// is one sanitised line each.
    @Test func recordDecoder() {
        let now = TimestampParser.parse("2026-11-23T10:00:00+08:00")!
        let decoder = RecordDecoder(now: now)
        var fuzzer = MutationFuzzer(corpus: Self.records, seed: 13)
        var cells: [String] = []
        let header = ["metric", "site", "stage", "time", "value", "unit", "lot"]
        let ran = fuzzer.run { input in
            if case .success(let fields) = JSONLineParser.parse(input), case .rejected(let problems) = decoder.decode(fields) {
                for p in problems { #expect(!IngestProblem(source: "f", line: 1, problem: p).description.contains("\n")) }
            }
            if CSVParser.fields(input, into: &cells) == nil {
                let fields = zip(header, cells).map { RawField(name: $0, value: .text($1)) }
                _ = decoder.decode(fields, as: .reading)
            }
        }
        #expect(ran > 0)
    }

    @Test func configLoader() {
        var fuzzer = MutationFuzzer(corpus: MutationFuzzer.corpus(["sample-data"], suffixes: [".yaml"], lines: false), seed: 14)
        let ran = fuzzer.run { input in
            do {
                _ = try ConfigLoader.parse(String(decoding: input, as: UTF8.self), file: "fuzz.yaml", directory: "/nonexistent",
                                           environment: ["PATH": "/nonexistent", "HOME": "/nonexistent"])
            } catch let error as ConfigError {
                for problem in error.problems { #expect(problem.line >= 0) }
            } catch {
                Issue.record("not a ConfigError: \(error)")
            }
        }
        #expect(ran > 0)
    }

    @Test func durationAndTimeParsers() {
        let seeds = ["500ms", "1m30s", "2h", "90d", "5y", "100y", "1.5s", "2026-11-23T08:00:00+08:00", "2026-12-01",
                     "1792540800", "2026-11-23T08:00:00.123Z", "-62135596800", "24h"].map { Array($0.utf8) }
        var fuzzer = MutationFuzzer(corpus: seeds, seed: 15)
        let now = Instant(seconds: Int64(1_792_540_800))
        let ran = fuzzer.run { input in
            let text = String(decoding: input, as: UTF8.self)
            if case .success(let d) = ConfigDuration.check(text) { #expect(d <= ConfigDuration.maximum && d >= .zero) }
            _ = TimestampParser.parse(text).map { $0.rfc3339(utcOffset: 8 * 3600) }
            _ = TimeArgument.instantOrAge(text, now: now, utcOffset: -5 * 3600).map { $0.rfc3339() }
            _ = Sanitizer.line(text)
        }
        #expect(ran > 0)
    }
}
