/// The command line of `onescreen-bench`: `[NAME...|all] [--rows N] [--keep]`. Hand-parsed, since the bench target
/// depends on Core and UI only.
struct BenchOptions {
    /// The benchmarks to run, in command-line order; empty means all.
    var selected: [String] = []
    /// Rows of generated data, for the benchmarks that generate rows; nil leaves each its default.
    var rows: Int?
    /// Keep generated inputs and stores, e.g. to profile `onescreen ingest` on them or inspect the result.
    var keep = false
    var help = false

    init(arguments: [String], known: [String]) throws(BenchError) {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "-h", "--help":
                help = true
            case "--rows":
                guard let text = rest.popFirst(), let n = Int(text.filter { $0 != "_" && $0 != "," }), n > 0 else {
                    throw BenchError("--rows needs a positive whole number")
                }
                rows = n
            case "--keep":
                keep = true
            case "all":
                selected = []
            case _ where known.contains(argument):
                if !selected.contains(argument) { selected.append(argument) }
            default:
                throw BenchError("unknown benchmark or option '\(argument)'; benchmarks: \(known.joined(separator: ", ")), all")
            }
        }
    }

    func runs(_ name: String) -> Bool { selected.isEmpty || selected.contains(name) }
}
