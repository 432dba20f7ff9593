import Foundation

/// A seeded mutation fuzzer for the parsers, run as a test: inputs grow from a corpus of real files (sample-data/,
/// themes/) by byte flips, insertions of the characters parsers care about, deletions, duplications and splices, for
/// a time budget. A crash fails the run (the test process dies with it); `body` may also check invariants.
///
/// CI gives each target `ONESCREEN_FUZZ_SECONDS` (default 30). Run longer, and from another seed:
/// `ONESCREEN_FUZZ_SECONDS=600 ONESCREEN_FUZZ_SEED=7 swift test --filter FuzzTests`.
/// An input that crashed is written first to `ONESCREEN_FUZZ_LAST` (default /tmp/onescreen-fuzz-last), so the
/// crash can be replayed from the file.
public struct MutationFuzzer {
    public let corpus: [[UInt8]]
    public let seconds: Double
    private var state: UInt64

    /// Far beyond any real line, small enough that a run sees many inputs.
    static let maxInputBytes = 64 << 10

    /// Bytes the parsers branch on: quotes, separators, brackets, escapes, line ends, UTF-8 leads, C0/C1, digits.
    static let interesting: [[UInt8]] = [
        [0x22], [0x2C], [0x7B], [0x7D], [0x5B], [0x5D], [0x3A], [0x5C], [0x0A], [0x0D], [0x00], [0x1B], [0x7F],
        [0xC2, 0x9B], [0xE2, 0x80, 0xAE], [0xF0, 0x9F, 0x91, 0xA8], [0xFF], [0xC3], Array("\u{301}".utf8),
        Array("1e309".utf8), Array("-0".utf8), Array("9223372036854775807".utf8), Array("99999999999999999999y".utf8),
        Array("NaN".utf8), Array("0x1p3".utf8), Array("\\u0000".utf8), Array("\\ud800".utf8), Array("&a *a".utf8),
        Array("!!binary".utf8), Array("- ".utf8), Array(": ".utf8), Array("  ".utf8), Array("T".utf8), Array("+08:00".utf8),
    ]

    public init(corpus: [[UInt8]], seed: UInt64? = nil, seconds: Double? = nil) {
        let environment = ProcessInfo.processInfo.environment
        self.corpus = corpus.isEmpty ? [[]] : corpus
        self.seconds = seconds ?? environment["ONESCREEN_FUZZ_SECONDS"].flatMap(Double.init) ?? 30
        state = seed ?? environment["ONESCREEN_FUZZ_SEED"].flatMap(UInt64.init) ?? 1
    }

    /// Lines of the files under `folders` (relative to the repository) with one of `suffixes`, and the whole files.
    public static func corpus(_ folders: [String], suffixes: [String], lines: Bool = true) -> [[UInt8]] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var inputs: [[UInt8]] = []
        for folder in folders {
            let base = root.appendingPathComponent(folder)
            for name in ((try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? []).sorted() where suffixes.contains(where: name.hasSuffix) {
                guard let data = FileManager.default.contents(atPath: base.appendingPathComponent(name).path) else { continue }
                let bytes = Array(data)
                if lines {
                    // A sample of each file's lines, its header included: thousands of near-copies add nothing.
                    let split = bytes.split(separator: 0x0A, omittingEmptySubsequences: true)
                    let step = max(1, split.count / 200)
                    inputs += stride(from: 0, to: split.count, by: step).map { Array(split[$0]) }
                    inputs.append(Array(bytes.prefix(maxInputBytes)))
                } else {
                    inputs.append(bytes)
                }
            }
        }
        return inputs
    }

    /// Runs `body` on mutated inputs until the time is up; returns how many ran.
    @discardableResult
    public mutating func run(_ body: ([UInt8]) throws -> Void) rethrows -> Int {
        let last = ProcessInfo.processInfo.environment["ONESCREEN_FUZZ_LAST"] ?? "/tmp/onescreen-fuzz-last"
        let deadline = Date().addingTimeInterval(seconds)
        var count = 0
        var pool = corpus
        while Date() < deadline {
            for _ in 0..<100 {
                var input = pool[Int(next() % UInt64(pool.count))]
                for _ in 0...(next() % 4) { mutate(&input, pool) }
                if count % 1000 == 0 { FileManager.default.createFile(atPath: last, contents: Data(input)) }
                try body(input)
                count += 1
                // Keep some mutants as seeds: deeper inputs come from mutating the mutated.
                if next() % 16 == 0 { pool[Int(next() % UInt64(pool.count))] = input }
            }
        }
        return count
    }

    private mutating func mutate(_ input: inout [UInt8], _ pool: [[UInt8]]) {
        let at = input.isEmpty ? 0 : Int(next() % UInt64(input.count + 1))
        switch next() % 7 {
        case 0 where !input.isEmpty: input[min(at, input.count - 1)] ^= UInt8(1 << (next() % 8))
        case 1: input.insert(contentsOf: Self.interesting[Int(next() % UInt64(Self.interesting.count))], at: at)
        case 2 where !input.isEmpty:
            let end = min(input.count, at + 1 + Int(next() % 16))
            input.removeSubrange(min(at, input.count)..<end)
        case 3 where !input.isEmpty:
            let start = min(at, input.count - 1), end = min(input.count, start + 1 + Int(next() % 32))
            input.insert(contentsOf: input[start..<end], at: Int(next() % UInt64(input.count + 1)))
        case 4:
            let other = pool[Int(next() % UInt64(pool.count))]
            input = Array(input.prefix(at)) + other.suffix(other.isEmpty ? 0 : Int(next() % UInt64(other.count + 1)))
        case 5 where !input.isEmpty: input[min(at, input.count - 1)] = UInt8(truncatingIfNeeded: next())
        default: input.insert(contentsOf: Self.interesting[Int(next() % UInt64(Self.interesting.count))], at: at)
        }
        if input.count > Self.maxInputBytes { input.removeSubrange(Self.maxInputBytes...) }
    }

    /// SplitMix64: the same seed gives the same inputs on every machine.
    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
