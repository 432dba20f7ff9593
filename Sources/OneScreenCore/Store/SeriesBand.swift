/// The band a series must stay in: the tightest of every standard for its metric that applies to its stage. A bound
/// no standard sets is open.
struct SeriesBand: Equatable {
    var lo: Double?
    var hi: Double?

    /// A series no standard covers: every reading counts as inside.
    static let open = SeriesBand(lo: nil, hi: nil)

    func contains(_ value: Double) -> Bool { Store.inside(value, lo, hi) }
}
