/// The monitored sites of the sample group, in a fixed order.
struct SampleSites: Sendable {
    let farms: [SampleSite]
    let plants: [SampleSite]
    let trucks: [SampleSite]
    let warehouses: [SampleSite]
    let stores: [SampleSite]

    static let standard = SampleSites()

    private init() {
        let farmCities = ["潍坊", "临沂", "聊城"]
        farms = farmCities.indices.map { SampleSite(name: "鲁·养殖场0\($0 + 1)", stage: .farm, ordinal: $0, city: farmCities[$0]) }
        plants = farmCities.indices.map {
            SampleSite(name: "鲁·加工厂0\($0 + 1)", stage: .plant, ordinal: $0, city: farmCities[$0])
        }
        trucks = (0..<8).map { SampleSite(name: "沪A·冷链0\($0 + 1)", stage: .transport, ordinal: $0, city: "上海") }
        let warehouseCities = ["上海浦东", "上海嘉定", "上海松江"]
        warehouses = warehouseCities.indices.map {
            SampleSite(name: "沪·冷库0\($0 + 1)", stage: .warehouse, ordinal: $0, city: warehouseCities[$0])
        }
        // 40 stores across four provinces of East China, numbered across the group.
        let provinces: [(prefix: String, cities: [String], count: Int)] = [
            ("沪", ["上海"], 16), ("苏", ["苏州", "南京", "无锡"], 10), ("浙", ["杭州", "宁波"], 8), ("皖", ["合肥"], 6),
        ]
        var stores: [SampleSite] = []
        for province in provinces {
            for local in 0..<province.count {
                let number = stores.count + 1
                let digits = number < 10 ? "00\(number)" : "0\(number)"
                let city = province.cities[local % province.cities.count]
                stores.append(SampleSite(name: "\(province.prefix)·门店\(digits)", stage: .store, ordinal: stores.count, city: city))
            }
        }
        self.stores = stores
    }

    /// Every site with its metrics, in the order series are numbered.
    var seriesLayout: [(SampleSite, SampleMetric)] {
        var layout: [(SampleSite, SampleMetric)] = []
        for site in farms { layout += [(site, .farmTemp), (site, .farmCO2)] }
        for site in plants { layout += [(site, .plantTemp), (site, .plantCO2), (site, .plantWeight)] }
        for site in trucks { layout += [(site, .truckTemp), (site, .truckDoor)] }
        for site in warehouses { layout += [(site, .warehouseTemp), (site, .warehouseLight)] }
        for site in stores { layout += [(site, .freezerTemp), (site, .storeLight)] }
        return layout
    }
}
