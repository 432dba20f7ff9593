/// One validated record of the canonical format, ready for the store.
public enum Record: Sendable, Equatable {
    case reading(Reading)
    case standard(Standard)
    case lotEvent(LotEvent)
    case customer(Customer)
    case tag(CustomerTag)
    case order(Order)
    case moment(Moment)
    case contract(Contract)
    case sealUse(SealUse)
    case milestone(Milestone)
    case marketing(MarketingFigure)

    public var type: RecordType {
        switch self {
        case .reading: .reading
        case .standard: .standard
        case .lotEvent: .lotEvent
        case .customer: .customer
        case .tag: .tag
        case .order: .order
        case .moment: .moment
        case .contract: .contract
        case .sealUse: .sealUse
        case .milestone: .milestone
        case .marketing: .marketing
        }
    }
}

public struct Reading: Sendable, Equatable {
    public var metric: String
    public var site: String
    public var stage: Stage
    public var time: Instant
    public var value: Double
    public var unit: String
    public var lot: String?

    public init(metric: String, site: String, stage: Stage, time: Instant, value: Double, unit: String, lot: String? = nil) {
        self.metric = metric; self.site = site; self.stage = stage; self.time = time
        self.value = value; self.unit = unit; self.lot = lot
    }
}

/// An electronic quality standard (质量标准电子化): the band a metric must stay in.
public struct Standard: Sendable, Equatable {
    public var id: String
    public var name: String
    public var metric: String
    public var stage: Stage?
    public var min: Double?
    public var max: Double?
    public var unit: String
    public var level: Int
    /// Seconds a reading must stay out of band before it counts as an excursion.
    public var hold: Int

    public init(id: String, name: String, metric: String, stage: Stage?, min: Double?, max: Double?,
                unit: String, level: Int, hold: Int) {
        self.id = id; self.name = name; self.metric = metric; self.stage = stage
        self.min = min; self.max = max; self.unit = unit; self.level = level; self.hold = hold
    }

    public func contains(_ value: Double) -> Bool {
        (min.map { value >= $0 } ?? true) && (max.map { value <= $0 } ?? true)
    }
}

/// What happened to a lot at a site. `hold` stops it (a batch frozen or quarantined pending a decision) until a `release`.
public enum LotEventKind: String, CaseIterable, Sendable, Codable { case arrive, depart, inspect, process, sell, hold, release }

public struct LotEvent: Sendable, Equatable {
    public var lot: String
    public var product: String
    public var stage: Stage
    public var site: String
    public var time: Instant
    public var event: LotEventKind
    public var note: String?
}

public enum CustomerKind: String, CaseIterable, Sendable, Codable {
    case restaurant, officeStore = "office_store", residentialStore = "residential_store", supermarket, canteen, other
}

public enum RiskPreference: String, CaseIterable, Sendable, Codable { case low, medium, high }

public struct Customer: Sendable, Equatable {
    public var id: String
    public var name: String
    public var kind: CustomerKind
    public var region: String
    public var channel: String
    public var contact: String?
    public var phone: String?
    public var vipLevel: Int?
    public var riskPreference: RiskPreference?
    public var since: CalendarDay
}

public enum TagKind: String, CaseIterable, Sendable, Codable { case basic, statistical, evaluation }

public struct CustomerTag: Sendable, Equatable {
    public var customer: String
    public var kind: TagKind
    public var key: String
    public var value: String
}

public struct Order: Sendable, Equatable {
    public var id: String
    public var customer: String
    public var time: Instant
    public var amount: Double
    public var category: String
    public var channel: String
}

public enum MomentKind: String, CaseIterable, Sendable, Codable {
    case opening, promotion, newCategory = "new_category", anniversary, other
}

/// A moment of truth (MOT 关键时点) in a customer's business, with the action it calls for.
public struct Moment: Sendable, Equatable {
    public var id: String
    public var customer: String
    public var kind: MomentKind
    public var date: CalendarDay
    public var action: String?
}

public enum ContractStatus: String, CaseIterable, Sendable, Codable {
    case draft, review, approved, sealed, performing, completed, terminated
}

public struct Contract: Sendable, Equatable {
    public var id: String
    public var title: String
    public var counterparty: String
    public var amount: Double
    public var status: ContractStatus
    public var owner: String
    public var signed: CalendarDay?
    public var start: CalendarDay?
    public var end: CalendarDay?
}

public enum SealKind: String, CaseIterable, Sendable, Codable { case company, contract, legalRep = "legal_rep", finance }
public enum SealUseStatus: String, CaseIterable, Sendable, Codable { case requested, approved, used, rejected }

public struct SealUse: Sendable, Equatable {
    public var id: String
    public var contract: String
    public var seal: SealKind
    public var requestedBy: String
    public var approvedBy: String?
    public var time: Instant
    public var status: SealUseStatus
}

public struct Milestone: Sendable, Equatable {
    public var id: String
    public var contract: String
    public var name: String
    public var due: CalendarDay
    public var done: CalendarDay?
    public var amount: Double?
}

/// One day's figures of one campaign on one channel, the raw material of the marketing cockpit.
public struct MarketingFigure: Sendable, Equatable {
    public var day: CalendarDay
    public var channel: String
    public var campaign: String
    public var spend: Double
    public var impressions: Int
    public var clicks: Int
    public var conversions: Int
    public var newCustomers: Int
    public var revenue: Double
}
