/// A product a lot can be, with how long it waits in the warehouse and the store.
struct SampleProduct: Sendable {
    let name: String
    let weight: Double
    /// Chilled (冰鲜) products leave the warehouse within the day and sell within about a day; frozen and
    /// prepared ones stay longer.
    let chilled: Bool

    static let all: [SampleProduct] = [
        SampleProduct(name: "冰鲜鸡胸肉", weight: 3, chilled: true),
        SampleProduct(name: "冰鲜鸡腿肉", weight: 2, chilled: true),
        SampleProduct(name: "冰鲜整鸡", weight: 2, chilled: true),
        SampleProduct(name: "冰鲜鸡翅中", weight: 1, chilled: true),
        SampleProduct(name: "冷冻鸡翅", weight: 1.5, chilled: false),
        SampleProduct(name: "冷冻鸡块", weight: 1, chilled: false),
        SampleProduct(name: "调理鸡排", weight: 1.5, chilled: false),
        SampleProduct(name: "奥尔良腌制鸡腿", weight: 1, chilled: false),
        SampleProduct(name: "盐焗鸡（包装熟食）", weight: 0.8, chilled: false),
    ]
}
