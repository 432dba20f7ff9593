/// A lot's journey farm → plant → transport → warehouse → store, one stay per site in time order (read forward for
/// 正向透明, backward for 逆向追溯), with the readings of each site during the stay.
public struct LotTrace: Sendable, Equatable, Codable {
    public var id: String
    public var product: String
    public var stays: [LotStay]

    public init(id: String, product: String, stays: [LotStay]) {
        self.id = id
        self.product = product
        self.stays = stays
    }

    /// The stays with a reading outside its band: where to look first.
    public var breachedStays: Int { stays.filter { !$0.complied }.count }
}
