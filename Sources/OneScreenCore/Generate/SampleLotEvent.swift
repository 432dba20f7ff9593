/// One `lot_event` row: a lot arriving at, processed at, inspected at, leaving or sold at a site.
struct SampleLotEvent: Sendable {
    let stage: SampleStage
    let site: String
    let time: Int64
    /// `arrive`, `depart`, `inspect`, `process` or `sell`.
    let event: String
    let note: String?
}
