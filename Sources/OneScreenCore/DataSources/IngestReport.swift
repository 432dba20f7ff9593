/// What became of one input a source handed over: the counts, and the first problems for messages.
public struct IngestReport: Sendable, Equatable {
    public var summary: IngestSummary
    /// Problems in input order, at most `IngestReport.maxProblemsKept`.
    public var problems: [IngestProblem]
    /// How many problems there were beyond those kept.
    public var problemsDropped: Int

    public init(summary: IngestSummary = IngestSummary(), problems: [IngestProblem] = [], problemsDropped: Int = 0) {
        self.summary = summary
        self.problems = problems
        self.problemsDropped = problemsDropped
    }

    /// Every bad row is in the store's rejects table with its raw text; these are only for the `.errors` file and
    /// the health line, so a flood of junk costs bounded memory.
    public static let maxProblemsKept = 10_000

    public var isClean: Bool { summary.rejected == 0 && summary.unreadable == 0 }
}
