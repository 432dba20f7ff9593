/// What `prune` deleted and, with `--vacuum`, how the file shrank.
public struct PruneReport: Sendable, Equatable, Codable {
    public var path: String
    public var deleted: Store.PruneCounts
    /// Bytes before and after the vacuum; nil without one.
    public var sizeBefore: Int64?
    public var sizeAfter: Int64?

    public init(path: String, deleted: Store.PruneCounts, sizeBefore: Int64? = nil, sizeAfter: Int64? = nil) {
        self.path = path
        self.deleted = deleted
        self.sizeBefore = sizeBefore
        self.sizeAfter = sizeAfter
    }
}
