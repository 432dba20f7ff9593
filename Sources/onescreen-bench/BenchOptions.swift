/// The command line of `onescreen-bench`: `[NAME...|all] [--rows N] [--series N,N...] [--repeat N] [--seconds N] [--keep]`. Hand-parsed, since
/// the bench target depends on Core and UI only.
struct BenchOptions {
    /// The benchmarks named on the command line; none named, or `all`, runs every one.
    var selected: [String] = []
    var all = false
    /// Rows of generated data, for the benchmarks that generate rows; nil leaves each its default.
    var rows: Int?
    /// Series counts of the generated feed, for the benchmarks that measure how cost grows with them; nil leaves
    /// each its default.
    var series: [Int]?
    /// Times each measured phase this many times and keeps the fastest: on a shared machine the fastest run is
    /// the one least disturbed by others, and rounds interleave the phases so that all see the same load.
    var repeats = 1
    /// Keep generated inputs and stores, e.g. to profile `onescreen ingest` on them or inspect the result.
    var keep = false
    /// Real seconds for the benchmarks that run for a while (the soak); nil leaves each its default.
    var seconds: Int?
    var help = false

    init(arguments: [String], known: [String]) throws(BenchError) {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "-h", "--help":
                help = true
            case "--rows":
                rows = try Self.positive(rest.popFirst(), for: argument)
            case "--series":
                guard let list = rest.popFirst() else { throw BenchError("--series needs counts, e.g. 500,10000") }
                var counts: [Int] = []
                for count in list.split(separator: ",") { counts.append(try Self.positive(String(count), for: argument)) }
                series = counts
            case "--repeat":
                repeats = try Self.positive(rest.popFirst(), for: argument)
            case "--seconds":
                seconds = try Self.positive(rest.popFirst(), for: argument)
            case "--keep":
                keep = true
            case "all":
                all = true
            case _ where known.contains(argument):
                if !selected.contains(argument) { selected.append(argument) }
            default:
                throw BenchError("unknown benchmark or option '\(argument)'; benchmarks: \(known.joined(separator: ", ")), all")
            }
        }
    }

    private static func positive(_ text: String?, for option: String) throws(BenchError) -> Int {
        guard let text, let n = Int(text.filter { $0 != "_" && $0 != "," }), n > 0 else {
            throw BenchError("\(option) needs a positive whole number")
        }
        return n
    }

    func runs(_ name: String) -> Bool { all || selected.isEmpty || selected.contains(name) }
}
