/// A category to offer a customer, and why: look-alikes buy it and this customer does not, or this customer buys it
/// but spends a smaller share on it than look-alikes do (the next category up for one who buys everything).
public struct ProductSuggestion: Sendable, Equatable, Codable {
    public var category: String
    /// How many of the look-alikes bought it, when this customer did not.
    public var lookAlikeBuyers: Int?
    /// The share of spend it takes, this customer's and the look-alikes', when this customer buys it too.
    public var ownShare: Double?
    public var theirShare: Double?

    public init(category: String, lookAlikeBuyers: Int? = nil, ownShare: Double? = nil, theirShare: Double? = nil) {
        self.category = category
        self.lookAlikeBuyers = lookAlikeBuyers
        self.ownShare = ownShare
        self.theirShare = theirShare
    }
}
