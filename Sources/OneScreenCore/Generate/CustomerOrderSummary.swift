/// One customer's orders of the year, summed for its statistical tags and VIP level.
struct CustomerOrderSummary: Sendable {
    var count = 0
    var revenue: Int64 = 0
    var lastTime: Int64?
    /// Fen per category, in `OrderPlan.categories` order.
    var byCategory = Array(repeating: Int64(0), count: OrderPlan.categories.count)
}
