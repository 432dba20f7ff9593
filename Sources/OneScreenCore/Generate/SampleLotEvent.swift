/// One `lot_event` row: a lot arriving at, processed at, inspected at, leaving or sold at a site.
struct SampleLotEvent: Sendable {
    let stage: Stage
    let site: String
    let time: Int64
    let event: LotEventKind
    let note: String?
}
