/// The customer pane: RFM segments, the most valuable customers and the moments of truth coming up.
public struct CustomerOverview: Sendable, Equatable, Codable {
    public var total: Int
    /// Customers per segment, in `RFMSegment.allCases` order, zero counts included.
    public var segments: [SegmentCount]
    /// Highest lifetime value first.
    public var topByValue: [ValuedCustomer]
    /// Moments of truth from today to 7 days ahead, soonest first.
    public var upcomingMoments: [UpcomingMoment]

    public init(
        total: Int, segments: [SegmentCount], topByValue: [ValuedCustomer], upcomingMoments: [UpcomingMoment]
    ) {
        self.total = total
        self.segments = segments
        self.topByValue = topByValue
        self.upcomingMoments = upcomingMoments
    }

    public struct SegmentCount: Sendable, Equatable, Codable {
        public var segment: RFMSegment
        public var count: Int

        public init(segment: RFMSegment, count: Int) {
            self.segment = segment
            self.count = count
        }
    }

    public struct ValuedCustomer: Sendable, Equatable, Codable {
        public var id: String
        public var name: String
        public var segment: RFMSegment
        public var lifetimeValue: Double

        public init(id: String, name: String, segment: RFMSegment, lifetimeValue: Double) {
            self.id = id
            self.name = name
            self.segment = segment
            self.lifetimeValue = lifetimeValue
        }
    }

    public struct UpcomingMoment: Sendable, Equatable, Codable {
        public var id: String
        public var customer: String
        public var customerName: String
        public var kind: MomentKind
        public var date: CalendarDay
        /// The suggested action as the source gave it; nil when none was planned yet.
        public var action: String?

        public init(
            id: String, customer: String, customerName: String, kind: MomentKind, date: CalendarDay, action: String?
        ) {
            self.id = id
            self.customer = customer
            self.customerName = customerName
            self.kind = kind
            self.date = date
            self.action = action
        }
    }
}
