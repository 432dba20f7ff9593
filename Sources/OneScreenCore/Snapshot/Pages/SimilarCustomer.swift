/// A customer like the one shown (像您一样的客户) and how alike: 0…1.
public struct SimilarCustomer: Sendable, Equatable, Codable {
    public var id: String
    public var name: String
    public var segment: RFMSegment
    public var similarity: Double

    public init(id: String, name: String, segment: RFMSegment, similarity: Double) {
        self.id = id
        self.name = name
        self.segment = segment
        self.similarity = similarity
    }
}
