import Foundation

/// A kind of contract the group signs: with whom, for what, how large, and the milestones that fulfil it.
struct ContractTemplate: Sendable {
    /// A fixed supplier, or nil for a sales contract with a customer of `customerKind`.
    let supplier: String?
    let customerKind: CustomerKind?
    /// The title; `{年}` becomes the contract's start year.
    let title: String
    /// CNY, drawn log-uniformly: a pest-control service costs tens of thousands, a plant extension tens of millions.
    let amount: ClosedRange<Double>
    /// In order; a payment milestone carries this share of the contract amount.
    let milestones: [(name: String, share: Double?)]
    let weight: Double

    /// Sales contracts are signed by the sales managers, the others by procurement.
    var owners: [String] {
        supplier == nil ? ["王敏", "李强", "陈静", "张伟", "刘洋", "赵磊"] : ["孙丽", "周杰", "吴涛"]
    }

    func title(year: Int) -> String {
        title.replacingOccurrences(of: "{年}", with: String(year) + "年")
    }

    /// A log-uniform amount, rounded as contracts are: to 100 CNY, to 10 CNY below 100,000.
    func drawAmount(_ random: inout SampleRandom) -> Double {
        let value = exp(log(amount.lowerBound) + random.unit() * (log(amount.upperBound) - log(amount.lowerBound)))
        let step: Double = value < 100_000 ? 10 : 100
        return (value / step).rounded() * step
    }

    private static let sales: [(name: String, share: Double?)] = [
        ("首批货物交付", nil), ("季度对账结算", 0.3), ("年中质量评审", nil), ("尾款结算", 0.2),
    ]

    static let all: [ContractTemplate] = [
        ContractTemplate(
            supplier: nil, customerKind: .supermarket, title: "{年}度冷鲜禽肉及冷冻食品供货合同",
            amount: 3_000_000...15_000_000, milestones: sales, weight: 10),
        ContractTemplate(
            supplier: nil, customerKind: .canteen, title: "团餐食材（禽肉类）配送服务合同", amount: 300_000...3_000_000,
            milestones: sales, weight: 12),
        ContractTemplate(
            supplier: nil, customerKind: .restaurant, title: "冰鲜鸡肉及调理品供货合同", amount: 50_000...800_000,
            milestones: sales, weight: 14),
        ContractTemplate(
            supplier: nil, customerKind: .other, title: "{年}度冷冻食品框架供货协议", amount: 200_000...5_000_000,
            milestones: sales, weight: 6),
        ContractTemplate(
            supplier: nil, customerKind: .officeStore, title: "便利店冷冻及包装食品供货协议", amount: 30_000...300_000,
            milestones: [("首批货物交付", nil), ("货款结算", 1)], weight: 6),
        ContractTemplate(
            supplier: "山东丰禾饲料有限公司", customerKind: nil, title: "{年}度肉鸡配合饲料采购合同",
            amount: 8_000_000...40_000_000,
            milestones: [("预付款支付", 0.3), ("首批到货验收", nil), ("中期付款", 0.4), ("尾款结算", 0.3)], weight: 5),
        ContractTemplate(
            supplier: "鲁南种禽繁育有限公司", customerKind: nil, title: "父母代种鸡采购合同", amount: 2_000_000...15_000_000,
            milestones: [("定金支付", 0.2), ("种鸡交付验收", nil), ("尾款结算", 0.8)], weight: 4),
        ContractTemplate(
            supplier: "沪通冷链物流有限公司", customerKind: nil, title: "{年}度冷链干线运输服务合同",
            amount: 3_000_000...15_000_000,
            milestones: [("第一季度运费结算", 0.25), ("第二季度运费结算", 0.25), ("年度服务考核", nil), ("年度运费清算", 0.5)],
            weight: 5),
        ContractTemplate(
            supplier: "华盛包装材料有限公司", customerKind: nil, title: "预包装袋及纸箱采购合同", amount: 300_000...3_000_000,
            milestones: [("首批到货验收", nil), ("货款结算", 1)], weight: 5),
        ContractTemplate(
            supplier: "蓝海制冷设备工程有限公司", customerKind: nil, title: "冷库制冷机组改造工程合同",
            amount: 5_000_000...30_000_000,
            milestones: [("预付款支付", 0.3), ("设备进场", nil), ("调试验收", nil), ("质保金结算", 0.1)], weight: 2),
        ContractTemplate(
            supplier: "鲁信建设工程有限公司", customerKind: nil, title: "加工厂分割车间扩建工程总承包合同",
            amount: 20_000_000...60_000_000,
            milestones: [("开工令下达", nil), ("主体结构完工", nil), ("竣工验收", nil), ("工程结算", 0.6)], weight: 1.5),
        ContractTemplate(
            supplier: "绿源兽药有限公司", customerKind: nil, title: "{年}度兽药及疫苗采购合同", amount: 500_000...4_000_000,
            milestones: [("首批到货验收", nil), ("年度结算", 1)], weight: 3),
        ContractTemplate(
            supplier: "洁安虫控服务有限公司", customerKind: nil, title: "厂区虫害防治年度服务合同", amount: 20_000...80_000,
            milestones: [("半年服务评估", nil), ("服务费结算", 1)], weight: 2),
        ContractTemplate(
            supplier: "智云信息技术有限公司", customerKind: nil, title: "质量追溯系统运维服务合同", amount: 150_000...800_000,
            milestones: [("上线验收", nil), ("运维费结算", 1)], weight: 2),
        ContractTemplate(
            supplier: "正衡食品检测有限公司", customerKind: nil, title: "食品安全第三方检测服务合同", amount: 100_000...600_000,
            milestones: [("半年检测报告", nil), ("检测费结算", 1)], weight: 2),
    ]
}
