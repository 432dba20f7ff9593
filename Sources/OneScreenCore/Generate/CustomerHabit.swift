/// How a sample customer buys. Habits give the year of orders the shape RFM segmentation is meant to find:
/// frequent big buyers, steady ones, customers drifting away, lost ones and newcomers.
enum CustomerHabit: Int, Sendable, CaseIterable {
    case champion, loyal, regular, atRisk, lapsed, newcomer
    /// Signed up in the last weeks and has not ordered yet.
    case prospect

    var weight: Double {
        switch self {
        case .champion: 0.10
        case .loyal: 0.24
        case .regular: 0.25
        case .atRisk: 0.15
        case .lapsed: 0.10
        case .newcomer: 0.11
        case .prospect: 0.05
        }
    }

    /// Days from the last order to the end of the data.
    var daysSinceLastOrder: ClosedRange<Int64> {
        switch self {
        case .champion: 1...4
        case .loyal: 2...15
        case .regular: 5...35
        case .atRisk: 60...150
        case .lapsed: 180...320
        case .newcomer: 1...10
        case .prospect: 0...0
        }
    }

    /// Days between two orders.
    var interval: ClosedRange<Int64> {
        switch self {
        case .champion: 2...6
        case .loyal: 5...12
        case .regular: 12...30
        case .atRisk: 6...18
        case .lapsed: 15...40
        case .newcomer: 5...12
        case .prospect: 1...1
        }
    }

    /// Multiplier on the kind's typical order.
    var spend: Double {
        switch self {
        case .champion: 1.7
        case .loyal: 1.15
        case .regular: 0.9
        case .atRisk: 1.0
        case .lapsed: 0.7
        case .newcomer: 0.8
        case .prospect: 0
        }
    }

    /// Days before the end the customer signed up: newcomers and prospects recently, the others before the year
    /// of orders began, some (the younger regulars) within it.
    func since(_ random: inout SampleRandom) -> Int64 {
        switch self {
        case .newcomer: random.int64(12...60)
        case .prospect: random.int64(1...20)
        case .regular where random.chance(0.3): random.int64(120...360)
        default: random.int64(380...2_600)
        }
    }
}
