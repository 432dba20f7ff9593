/// A `simulator` source: live readings, orders and seal uses around the current time, for demos.
public struct SimulatorSettings: Sendable, Equatable {
    public var seed: UInt64
    /// Readings per run.
    public var rate: Int

    public init(seed: UInt64 = SimulatorSettings.defaultSeed, rate: Int = SimulatorSettings.defaultRate) {
        self.seed = seed
        self.rate = rate
    }

    public static let defaultSeed: UInt64 = 1
    /// A dozen readings every couple of seconds moves every pane of the overview without flooding the store.
    public static let defaultRate = 12
    /// Beyond this a "simulator" is a load test; use `onescreen-bench` for that.
    static let maxRate = 10_000

    static let keys = ["seed", "rate"]

    static func read(_ fields: ConfigFields, _ reader: inout ConfigReader) -> SimulatorSettings {
        SimulatorSettings(
            seed: reader.integer("seed", in: fields, range: 0...Int.max).map(UInt64.init) ?? defaultSeed,
            rate: reader.integer("rate", in: fields, range: 1...maxRate) ?? defaultRate)
    }
}
