/// The record types of the canonical format (RECORDS.md). The raw value is the wire name.
public enum RecordType: String, CaseIterable, Sendable, Codable {
    case standard
    case customer
    case contract
    case tag
    case order
    case moment
    case sealUse = "seal_use"
    case milestone
    case lotEvent = "lot_event"
    case reading
    case marketing

    /// Ingest order for a directory: what others refer to comes first (customers and contracts
    /// before tags, orders, seal uses), and standards before the readings they judge.
    public var ingestRank: Int { RecordType.allCases.firstIndex(of: self)! }

    /// The type a file's name says, e.g. `readings.csv`, `seal_uses.jsonl`, `customer.csv` or `2026-11-orders.csv`.
    public static func named(byFile fileName: String) -> RecordType? {
        var stem = Substring(fileName)
        if let dot = stem.firstIndex(of: ".") { stem = stem[..<dot] }
        let words = stem.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "_" })
        for word in words.reversed() {
            for type in RecordType.allCases where word == type.rawValue || word == type.rawValue + "s" {
                return type
            }
        }
        return nil
    }
}
