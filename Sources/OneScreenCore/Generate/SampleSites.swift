/// The monitored sites of the sample group, in a fixed order: Shandong farms and plants, Shanghai trucks and
/// warehouses, stores across four provinces of East China.
struct SampleSites: Sendable {
    let farms: [SampleSite]
    let plants: [SampleSite]
    let trucks: [SampleSite]
    let warehouses: [SampleSite]
    let stores: [SampleSite]

    static let standard = SampleSites()

    private init() {
        farms = (0..<3).map { SampleSite(name: "鲁·养殖场0\($0 + 1)", ordinal: $0) }
        plants = (0..<3).map { SampleSite(name: "鲁·加工厂0\($0 + 1)", ordinal: $0) }
        trucks = (0..<8).map { SampleSite(name: "沪A·冷链0\($0 + 1)", ordinal: $0) }
        warehouses = (0..<3).map { SampleSite(name: "沪·冷库0\($0 + 1)", ordinal: $0) }
        // Numbered across the group, the province's one-character abbreviation first.
        let provinces: [(prefix: String, count: Int)] = [("沪", 16), ("苏", 10), ("浙", 8), ("皖", 6)]
        var stores: [SampleSite] = []
        for province in provinces {
            for _ in 0..<province.count {
                let number = stores.count + 1
                let digits = number < 10 ? "00\(number)" : "0\(number)"
                stores.append(SampleSite(name: "\(province.prefix)·门店\(digits)", ordinal: stores.count))
            }
        }
        self.stores = stores
    }

    /// Every site with its metrics, in the order series are numbered.
    var seriesLayout: [(site: SampleSite, metric: SampleMetric)] {
        var layout: [(site: SampleSite, metric: SampleMetric)] = []
        for site in farms { layout += [(site, .farmTemp), (site, .farmCO2)] }
        for site in plants { layout += [(site, .plantTemp), (site, .plantCO2), (site, .plantWeight)] }
        for site in trucks { layout += [(site, .coldTemp), (site, .coldDoor)] }
        for site in warehouses { layout += [(site, .warehouseTemp), (site, .warehouseLight)] }
        for site in stores { layout += [(site, .freezerTemp), (site, .storeLight)] }
        return layout
    }
}
