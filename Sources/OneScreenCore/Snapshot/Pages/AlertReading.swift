/// One reading shown in an alert's detail.
public struct AlertReading: Sendable, Equatable, Codable {
    public var time: Instant
    public var value: Double

    public init(time: Instant, value: Double) {
        self.time = time
        self.value = value
    }
}
