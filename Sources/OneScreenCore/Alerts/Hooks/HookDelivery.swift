/// One alert on its way to one hook: a fire or resolve, or a reminder that it is still firing (`repeat:`).
struct HookDelivery: Sendable {
    var kind: AlertEvent.Kind
    var alert: AlertRecord
    /// A reminder sent because the alert is still firing after the hook's repeat interval.
    var isRepeat = false
}
