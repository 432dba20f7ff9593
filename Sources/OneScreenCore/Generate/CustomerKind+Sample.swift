extension CustomerKind {
    /// Share of the sample's customers: the group sells mostly to restaurants and neighbourhood stores.
    var sampleWeight: Double {
        switch self {
        case .restaurant: 0.32
        case .officeStore: 0.15
        case .residentialStore: 0.18
        case .supermarket: 0.12
        case .canteen: 0.15
        case .other: 0.08
        }
    }

    /// The basic tag's value (客户类型), as the blueprint names the kinds.
    var label: String {
        switch self {
        case .restaurant: "餐饮门店"
        case .officeStore: "写字楼店"
        case .residentialStore: "居民区店"
        case .supermarket: "商超"
        case .canteen: "团餐食堂"
        case .other: "其他"
        }
    }

    /// Typical order in CNY: a supermarket restocks a distribution centre, a store a few cartons.
    var typicalOrder: Double {
        switch self {
        case .restaurant: 3_200
        case .officeStore: 1_500
        case .residentialStore: 1_900
        case .supermarket: 26_000
        case .canteen: 8_500
        case .other: 6_000
        }
    }

    /// Weights over `OrderPlan.categories` (生鲜鸡肉, 冷冻食品, 调理品, 包装食品, 熟食).
    var categoryWeights: [Double] {
        switch self {
        case .restaurant: [5, 2, 3, 0.5, 0.5]
        case .officeStore: [0.3, 2, 2, 3, 3]
        case .residentialStore: [1.5, 3, 2, 2.5, 1.5]
        case .supermarket: [3, 3, 2, 2, 1.5]
        case .canteen: [5, 3, 1.5, 0.5, 0.5]
        case .other: [2, 3, 2, 1, 1]
        }
    }

    /// Weights over `CustomerPlan.channels` (直营, 经销商, 小程序商城, 电商平台, 电话订货).
    var channelWeights: [Double] {
        switch self {
        case .restaurant: [1, 3, 2, 1.5, 1]
        case .officeStore: [2, 1, 3, 0.5, 0.5]
        case .residentialStore: [1.5, 1, 3, 1, 0.5]
        case .supermarket: [4, 2, 0, 0.5, 0.2]
        case .canteen: [3, 1, 0.5, 0, 2]
        case .other: [1, 1, 1, 2, 1]
        }
    }

    /// A customer name of this kind in `city`, e.g. `禾记快餐（杭州文三路店）`. Names may repeat; the plan redraws.
    func sampleName(city: String, _ random: inout SampleRandom) -> String {
        switch self {
        case .restaurant:
            let brands = [
                "禾记快餐", "川味鸡公煲", "粤香烧腊", "老坛黄焖鸡", "鲜椒鸡火锅", "湘里人家", "巷子口烤鸡", "一品鸡排", "韩式炸鸡坊",
                "味道江南", "西北面馆", "椰子鸡汤", "东北饺子馆", "台式卤肉饭",
            ]
            return random.pick(brands) + "（" + city + random.pick(SampleNames.roads) + "店）"
        case .officeStore:
            let brands = ["优鲜汇", "速食坊", "鲜到家便利", "邻里鲜", "快客便利"]
            return random.pick(brands) + "（" + city + random.pick(SampleNames.officeBuildings) + "店）"
        case .residentialStore:
            let brands = ["邻里鲜", "社区生鲜站", "家门口超市", "鲜到家便利", "惠民菜篮子"]
            return random.pick(brands) + "（" + city + random.pick(SampleNames.estates) + "店）"
        case .supermarket:
            let brands = ["惠万家超市", "百佳汇超市", "联鲜超市", "大润鲜超市", "乐购汇超市"]
            return random.pick(brands) + "（" + city + random.pick(SampleNames.roads) + "店）"
        case .canteen:
            let hosts = [
                "科技园", "第一中学", "人民医院", "大学第二", "物流园", "电子厂", "汽车零部件厂", "软件园", "市政府机关",
            ]
            return city + random.pick(hosts) + "食堂"
        case .other:
            let kinds = ["航空配餐中心", "社区团购服务站", "商务酒店", "连锁茶餐厅中央厨房", "企业福利采购部"]
            return city + random.pick(kinds)
        }
    }
}
