/// 下一步最佳动作 for one customer, both halves of the blueprint's: what to offer (products) and how to approach them
/// (the move). Every customer gets a move; products when any category has room with them.
public struct NextBestAction: Sendable, Equatable, Codable {
    public var move: NextMove
    public var products: [ProductSuggestion]

    public init(move: NextMove, products: [ProductSuggestion]) {
        self.move = move
        self.products = products
    }
}
