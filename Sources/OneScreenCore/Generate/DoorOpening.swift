/// A truck's compartment door open from `open` until (not including) `close`.
struct DoorOpening: Sendable {
    let open: Int64
    let close: Int64
}
