/// One monitored site: a farm, plant, truck, warehouse or store.
struct SampleSite: Sendable {
    let name: String
    let stage: SampleStage
    /// Index within its stage (truck 0 is `沪A·冷链01`).
    let ordinal: Int
    /// City for the README (`上海`, `潍坊` …).
    let city: String
}
