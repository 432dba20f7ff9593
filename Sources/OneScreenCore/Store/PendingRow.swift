/// One row of an ingest batch on its way to the store: a decoded record or the problems that refused it,
/// with where it came from and where its raw text lies in the batch (kept only if the row ends up rejected).
public struct PendingRow: Sendable {
    public enum Content: Sendable {
        case record(Record)
        case rejected([FieldProblem])

        var recordType: RecordType? {
            if case .record(let r) = self { r.type } else { nil }
        }
    }

    public var line: Int
    /// The row's raw text in its batch's `raw`.
    public var raw: Range<Int>
    public var content: Content
}

/// The rows of one write transaction, their raw text one after another in one buffer: a copy of each row's bytes
/// of its own was an allocation per row, for text that is only read back when the row is rejected.
public struct PendingBatch: Sendable {
    public private(set) var rows: [PendingRow] = []
    public private(set) var raw: [UInt8] = []

    public init() {}

    public var count: Int { rows.count }
    public var isEmpty: Bool { rows.isEmpty }

    public mutating func append(line: Int, raw bytes: [UInt8], content: PendingRow.Content) {
        let start = raw.count
        raw.append(contentsOf: bytes)
        rows.append(PendingRow(line: line, raw: start..<raw.count, content: content))
    }

    /// The raw text of `row`.
    public func raw(of row: PendingRow) -> ArraySlice<UInt8> { raw[row.raw] }

    /// Empties the batch, keeping its storage for the next one.
    public mutating func removeAll() {
        rows.removeAll(keepingCapacity: true)
        raw.removeAll(keepingCapacity: true)
    }
}

/// What the store did with one pending row.
public enum RowOutcome: Sendable, Equatable {
    case stored
    /// Already present with the same natural key (and, for updatable types, the same values).
    case duplicate
    case rejected([FieldProblem])
}
