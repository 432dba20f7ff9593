/// Why a benchmark could not run or its figures cannot be trusted; printed as is.
struct BenchError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) { self.description = description }
}
