/// One row of an ingest batch on its way to the store: a decoded record or the problems that refused it,
/// with where it came from and its raw text (kept only if the row ends up rejected).
public struct PendingRow: Sendable {
    public enum Content: Sendable {
        case record(Record)
        case rejected([FieldProblem])
    }

    public var line: Int
    public var raw: [UInt8]
    public var content: Content

    public init(line: Int, raw: [UInt8], content: Content) { self.line = line; self.raw = raw; self.content = content }
}

/// What the store did with one pending row.
public enum RowOutcome: Sendable, Equatable {
    case stored
    /// Already present with the same natural key (and, for updatable types, the same values).
    case duplicate
    case rejected([FieldProblem])
}
