/// A production lot (批次) and its journey farm → plant → truck → warehouse → store.
///
/// `events` are in chain order with strictly increasing times and stop at the generator's end: a lot still on the
/// road or in the warehouse at that instant simply has no later events yet.
struct SampleLot: Sendable {
    var id: String
    let product: String
    /// When the lot was processed at the plant: it names the lot's date.
    let processed: Int64
    let truck: Int
    var events: [SampleLotEvent]
}
