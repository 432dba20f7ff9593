/// How far back retention has deleted: raw readings at or before `raw`, minute rollups ending at or before `minute`
/// (nil: never). Always whole hours, so that no hour bucket is half pruned. Readers take rollups instead there.
struct RetentionHorizons: Equatable {
    var raw: Int64?
    var minute: Int64?

    static let none = RetentionHorizons(raw: nil, minute: nil)

    /// Where the store keeps them (its `meta` table).
    static let rawKey = "raw_pruned_through"
    static let minuteKey = "minute_pruned_through"
}
