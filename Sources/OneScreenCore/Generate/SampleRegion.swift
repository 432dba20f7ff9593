/// A sales region (大区) with the cities the group's customers are in.
struct SampleRegion: Sendable {
    let name: String
    let cities: [String]
    /// Share of customers: the group is based in East China and strongest there.
    let weight: Double

    static let all = [
        SampleRegion(name: "华东", cities: ["上海", "苏州", "南京", "杭州", "宁波", "合肥", "济南", "青岛", "无锡"], weight: 0.40),
        SampleRegion(name: "华南", cities: ["广州", "深圳", "佛山", "东莞", "厦门"], weight: 0.17),
        SampleRegion(name: "华北", cities: ["北京", "天津", "石家庄", "太原"], weight: 0.14),
        SampleRegion(name: "华中", cities: ["武汉", "长沙", "郑州", "南昌"], weight: 0.12),
        SampleRegion(name: "西南", cities: ["成都", "重庆", "昆明"], weight: 0.09),
        SampleRegion(name: "西北", cities: ["西安", "兰州"], weight: 0.03),
        SampleRegion(name: "东北", cities: ["沈阳", "大连", "哈尔滨"], weight: 0.05),
    ]
}
