/// Something people may need to hear about: an alert fired or resolved. Evaluation returns them and runs the
/// hooks for those not silenced; a kiosk can flash or ring the bell on a new L1 or L4.
public struct AlertEvent: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable, Hashable {
        case fire, resolve
    }

    public var kind: Kind
    public var alert: AlertRecord
    /// A silence covers the alert's rule or subject: it is recorded, but the hooks are not run.
    public var silenced: Bool

    public init(kind: Kind, alert: AlertRecord, silenced: Bool = false) {
        self.kind = kind
        self.alert = alert
        self.silenced = silenced
    }
}
