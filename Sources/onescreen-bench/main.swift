#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Every benchmark, in the order `all` runs them. Add a new one here and in a file of its own.
let benchmarks: [any Benchmark] = [
    IngestBenchmark(),
    OverviewBenchmark(),
    FrameBytesBenchmark(),
    LiveBenchmark(),
    IdleBenchmark(),
    RuleBenchmark(),
    SoakBenchmark(),
    ServeBenchmark(),
    SeriesBenchmark(),
]

do {
    let options = try BenchOptions(arguments: Array(CommandLine.arguments.dropFirst()), known: benchmarks.map(\.name))
    if options.help {
        print("usage: onescreen-bench [NAME...|all] [--rows N] [--series N,N...] [--repeat N] [--seconds N] [--keep]")
        print("  (measure a release build: swift build -c release --product onescreen-bench)")
        for b in benchmarks { print("  \(BenchFormat.padded(b.name, 12))\(b.summary)") }
        exit(0)
    }
    for b in benchmarks where options.runs(b.name) { try b.run(options) }
} catch {
    FileHandle.standardError.write(Data("onescreen-bench: \(error)\n".utf8))
    exit(1)
}
