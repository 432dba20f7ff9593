/// A refused row, or a whole input that could not be read, located for the person who must fix it.
public struct IngestProblem: Sendable, Equatable, CustomStringConvertible {
    public var source: String
    /// Nil when the whole input is at fault (unreadable file, unusable CSV header).
    public var line: Int?
    public var problem: FieldProblem

    public init(source: String, line: Int?, problem: FieldProblem) {
        self.source = source; self.line = line; self.problem = problem
    }

    /// Sanitised: the source's name, the field's name and the reason all may quote input.
    public var description: String {
        Sanitizer.line(line.map { "\(source):\($0): \(problem)" } ?? "\(source): \(problem)")
    }
}

/// Counts of one ingest run and its exit status: 0 all good, 1 some rows rejected (the good ones stored),
/// 2 some input could not be read at all.
public struct IngestSummary: Sendable, Equatable {
    public var accepted = 0
    public var rejected = 0
    public var duplicates = 0
    public var unreadable = 0
    public var acceptedByType: [RecordType: Int] = [:]

    public init() {}

    public var exitCode: Int32 { unreadable > 0 ? 2 : rejected > 0 ? 1 : 0 }

    public var line: String { "accepted \(accepted), rejected \(rejected), duplicates \(duplicates)" }

    public mutating func add(_ other: IngestSummary) {
        accepted += other.accepted; rejected += other.rejected; duplicates += other.duplicates
        unreadable += other.unreadable
        acceptedByType.merge(other.acceptedByType, uniquingKeysWith: +)
    }
}
