/// One monitored site: a farm, plant, truck, warehouse or store.
struct SampleSite: Sendable {
    let name: String
    /// Index within its stage (truck 0 is `沪A·冷链01`); trucks use it to find their trips and door openings.
    let ordinal: Int
}
