import OneScreenCore

/// The next best action's words: the move, why in one line, and each product with its reason.
extension Strings {
    public func move(_ move: NextMove) -> String {
        let text = switch move.kind {
        case .bundle: pick("组合销售：多品类打包报价", "bundle: several categories in one order")
        case .upsell: pick("提升客单：加量或扩品", "upsell: larger baskets, wider range")
        case .frequency: pick("提频：下次订货返券", "order again: a coupon for the next order")
        case .onboard: pick("二次下单：新客复购优惠", "second order: a first-repeat offer")
        case .winBack: pick("挽回：专属回归优惠", "win back: a come-back offer")
        case .retain: pick("客户经理拜访，了解流失原因", "account manager visit: ask why they went quiet")
        case .remind: pick("提醒订货，附小额促销", "reminder with a small promotion")
        case .reactivate: pick("唤醒：发放激活券", "reactivate: send a coupon")
        case .prepareMoment: pick("备货并制定推广方案", "stock up and plan the promotion")
        }
        return text + (move.priceSensitive ? pick("（价格敏感，以折扣让利）", " (price-sensitive: discount, not price)") : "")
    }

    /// `重要价值客户 R5/F5/M5，3天前下单`: the facts the move was chosen from, in one line.
    public func moveReason(_ move: NextMove) -> String {
        let scores = "R\(move.scores.recency)/F\(move.scores.frequency)/M\(move.scores.monetary)"
        let order = move.daysSinceOrder.map { days in pick("\(days)天前下单", days == 1 ? "last order 1 day ago" : "last order \(days) days ago") }
            ?? pick("无订单", "no orders")
        var facts = "\(rfm(move.segment)) \(scores)" + pick("，", ", ") + order
        if let moment = move.moment, let days = move.momentInDays {
            facts += pick("，\(self.moment(moment))\(daysLeft(days))", ", \(self.moment(moment)) \(daysLeft(days))")
        }
        return facts
    }

    public func product(_ product: ProductSuggestion, percent: (Double?) -> String) -> String {
        if let buyers = product.lookAlikeBuyers {
            return pick("推荐 \(product.category) — 同类客户中\(buyers)位在买",
                        "offer \(product.category) — \(buyers) look-alike\(buyers == 1 ? "" : "s") buy it")
        }
        return pick("加推 \(product.category) — 同类客户花费占比\(percent(product.theirShare))，本客户\(percent(product.ownShare))",
                    "grow \(product.category) — \(percent(product.theirShare)) of look-alikes' spend, \(percent(product.ownShare)) of theirs")
    }
}
