/// A width readings are added up over (see `StoreSchema.v3Rollups`): its table, and the bucket a time falls in.
enum RollupLevel: CaseIterable {
    case minute, hour

    var table: String {
        switch self {
        case .minute: "reading_minute"
        case .hour: "reading_hour"
        }
    }

    /// Milliseconds.
    var width: Int64 {
        switch self {
        case .minute: 60_000
        case .hour: 3_600_000
        }
    }

    /// The boundary at or after `time`: the end of the bucket holding `time`, since buckets are (end - width, end].
    func ceiling(_ time: Int64) -> Int64 { -floorDiv(-time, width) * width }

    /// The boundary at or before `time`.
    func floor(_ time: Int64) -> Int64 { floorDiv(time, width) * width }
}
