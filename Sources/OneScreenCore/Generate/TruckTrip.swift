/// A cold-chain truck carrying one lot from a plant to a warehouse.
struct TruckTrip: Sendable {
    /// Index of the lot in `LotPlan.lots`.
    let lot: Int
    /// Lot loaded (the transport `arrive` event).
    let loaded: Int64
    /// Lot unloaded (the transport `depart` event); may lie after the generator's end for a truck still on the road.
    let unloaded: Int64
}
