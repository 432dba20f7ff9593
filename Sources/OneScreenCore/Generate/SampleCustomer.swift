/// A customer record and what the plan knows about it beyond the record: where it is and how it buys.
struct SampleCustomer: Sendable {
    var record: Customer
    let city: String
    let habit: CustomerHabit
    /// Local day number it became a customer.
    let since: Int64
}
