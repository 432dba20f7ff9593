/// One benchmark of `onescreen-bench`: it does its own setup, times what it measures and prints its figures.
/// Figures are compared as ratios within one run (against a reference tool or an earlier phase), never against
/// absolute thresholds, because the machines that run it differ and are often shared.
protocol Benchmark {
    /// The name on the command line (`onescreen-bench ingest`).
    var name: String { get }
    /// One line for `--help`.
    var summary: String { get }
    /// - Parameters:
    ///   - options: the command line, already parsed; each benchmark picks its own defaults for what is unset.
    func run(_ options: BenchOptions) throws
}
