import Synchronization

/// How many rejected rows one run keeps and reports. Past the limit a flood of junk (50 MB of it made 2.9 M reject
/// rows and as many lines on stderr) costs a count each, not a row and a line: the first thousand say all a person
/// will read, and the row that crosses the limit says how the rest were handled. Shared by the inputs of one run
/// (an ingest command's files, a source run's chunks).
public final class RejectBudget: Sendable {
    /// Rows kept and reported per run.
    public static let perRun = 1_000

    public enum Admission: Sendable, Equatable {
        /// Keep and report the row.
        case keep
        /// Keep and report it with `RejectBudget.notice`: it is the last one.
        case last
        /// Count it only.
        case count
    }

    private let taken = Mutex(0)
    public let limit: Int

    public init(limit: Int = RejectBudget.perRun) { self.limit = limit }

    func admit() -> Admission {
        taken.withLock { n in
            n += 1
            return n < limit ? .keep : n == limit ? .last : .count
        }
    }

    var notice: FieldProblem {
        FieldProblem("rejects", "\(limit) rows rejected in this run; further rejected rows are counted but neither kept nor reported")
    }
}
