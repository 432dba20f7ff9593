/// A row after decoding: a record, or every reason it was refused.
public enum Decoded: Sendable, Equatable {
    case record(Record)
    case rejected([FieldProblem])
}

/// Turns a row's raw fields into a typed record, following RECORDS.md field by field.
public struct RecordDecoder: Sendable {
    public var now: Instant
    public var shift: TimeShift

    public init(now: Instant, shift: TimeShift = .none) { self.now = now; self.shift = shift }

    /// Decodes a JSON Lines row: its `type` field names the record type, unless `expected` fixes it.
    public func decode(_ fields: [RawField], as expected: RecordType? = nil) -> Decoded {
        var type = expected
        if let typeField = fields.first(where: { $0.name == "type" }) {
            guard case .string(let name) = typeField.value else {
                return .rejected([FieldProblem("type", "expected a record type name in a string")])
            }
            guard let t = RecordType(rawValue: name) else {
                let names = RecordType.allCases.map(\.rawValue)
                return .rejected([FieldProblem("type", "unknown record type '\(name.prefix(64))'; expected one of \(names.joined(separator: ", "))\(Suggestion.hint(for: name, among: names))")])
            }
            if let expected, expected != t {
                return .rejected([FieldProblem("type", "'\(name)' in a file of \(expected.rawValue) records")])
            }
            type = t
        }
        guard let type else { return .rejected([FieldProblem("type", "required field is missing")]) }
        var r = FieldReader(fields: fields, now: now, shift: shift)
        let record = Self.read(type, &r)
        r.finish(ignoring: "type", candidates: { Self.fields(of: type).names })
        if let record, r.problems.isEmpty { return .record(record) }
        return .rejected(r.problems)
    }

    /// Field order follows RECORDS.md, so problems are reported in the order a reader of the spec expects.
    static func read(_ type: RecordType, _ r: inout FieldReader) -> Record? {
        switch type {
        case .reading:
            let metric = r.identifier("metric"), site = r.identifier("site"), stage = r.choice("stage", Stage.self)
            let time = r.time("time"), value = r.number("value"), unit = r.text("unit"), lot = r.optionalIdentifier("lot")
            guard let metric, let site, let stage, let time, let value, let unit else { return nil }
            return .reading(Reading(metric: metric, site: site, stage: stage, time: time, value: value, unit: unit, lot: lot))

        case .standard:
            let id = r.identifier("id"), name = r.text("name"), metric = r.identifier("metric")
            let stage = r.choice("stage", Stage.self, required: false)
            let lo = r.number("min", required: false), hi = r.number("max", required: false)
            let unit = r.text("unit"), level = r.integer("level", range: 1...4)
            let hold = r.integer("hold", required: false, range: 0...Int(Int32.max)) ?? 0
            if lo == nil && hi == nil && !r.problems.contains(where: { $0.field == "min" || $0.field == "max" }) {
                r.problem("min", "a standard needs min, max or both")
            }
            if let lo, let hi, lo > hi { r.problem("max", "max \(formatNumber(hi)) is below min \(formatNumber(lo))") }
            guard let id, let name, let metric, let unit, let level, lo != nil || hi != nil else { return nil }
            return .standard(Standard(id: id, name: name, metric: metric, stage: stage, min: lo, max: hi, unit: unit, level: level, hold: hold))

        case .lotEvent:
            let lot = r.identifier("lot"), product = r.text("product"), stage = r.choice("stage", Stage.self)
            let site = r.identifier("site"), time = r.time("time"), event = r.choice("event", LotEventKind.self)
            let note = r.text("note", required: false)
            guard let lot, let product, let stage, let site, let time, let event else { return nil }
            return .lotEvent(LotEvent(lot: lot, product: product, stage: stage, site: site, time: time, event: event, note: note))

        case .customer:
            let id = r.identifier("id"), name = r.text("name"), kind = r.choice("kind", CustomerKind.self)
            let region = r.text("region"), channel = r.text("channel"), contact = r.text("contact", required: false)
            let phone = r.text("phone", required: false), vip = r.integer("vip_level", required: false, range: 0...5)
            let risk = r.choice("risk_preference", RiskPreference.self, required: false), since = r.day("since")
            guard let id, let name, let kind, let region, let channel, let since else { return nil }
            return .customer(Customer(id: id, name: name, kind: kind, region: region, channel: channel, contact: contact,
                                      phone: phone, vipLevel: vip, riskPreference: risk, since: since))

        case .tag:
            let customer = r.identifier("customer"), kind = r.choice("kind", TagKind.self)
            let key = r.text("key"), value = r.text("value")
            guard let customer, let kind, let key, let value else { return nil }
            return .tag(CustomerTag(customer: customer, kind: kind, key: key, value: value))

        case .order:
            let id = r.identifier("id"), customer = r.identifier("customer"), time = r.time("time")
            let amount = r.number("amount"), category = r.text("category"), channel = r.text("channel")
            guard let id, let customer, let time, let amount, let category, let channel else { return nil }
            return .order(Order(id: id, customer: customer, time: time, amount: amount, category: category, channel: channel))

        case .moment:
            let id = r.identifier("id"), customer = r.identifier("customer"), kind = r.choice("kind", MomentKind.self)
            let date = r.day("date"), action = r.text("action", required: false)
            guard let id, let customer, let kind, let date else { return nil }
            return .moment(Moment(id: id, customer: customer, kind: kind, date: date, action: action))

        case .contract:
            let id = r.identifier("id"), title = r.text("title"), counterparty = r.text("counterparty")
            let amount = r.number("amount", minimum: 0), status = r.choice("status", ContractStatus.self)
            let owner = r.text("owner"), signed = r.day("signed", required: false)
            let start = r.day("start", required: false), end = r.day("end", required: false)
            if let start, let end, end < start { r.problem("end", "\(end) is before start \(start)") }
            guard let id, let title, let counterparty, let amount, let status, let owner,
                  start == nil || end == nil || start! <= end! else { return nil }
            return .contract(Contract(id: id, title: title, counterparty: counterparty, amount: amount, status: status,
                                      owner: owner, signed: signed, start: start, end: end))

        case .sealUse:
            let id = r.identifier("id"), contract = r.identifier("contract"), seal = r.choice("seal", SealKind.self)
            let requestedBy = r.text("requested_by"), approvedBy = r.text("approved_by", required: false)
            let time = r.time("time"), status = r.choice("status", SealUseStatus.self)
            guard let id, let contract, let seal, let requestedBy, let time, let status else { return nil }
            return .sealUse(SealUse(id: id, contract: contract, seal: seal, requestedBy: requestedBy,
                                    approvedBy: approvedBy, time: time, status: status))

        case .milestone:
            let id = r.identifier("id"), contract = r.identifier("contract"), name = r.text("name")
            let due = r.day("due"), done = r.day("done", required: false)
            let amount = r.number("amount", required: false, minimum: 0)
            guard let id, let contract, let name, let due else { return nil }
            return .milestone(Milestone(id: id, contract: contract, name: name, due: due, done: done, amount: amount))

        case .marketing:
            let day = r.day("day"), channel = r.text("channel"), campaign = r.text("campaign")
            let spend = r.number("spend", minimum: 0)
            let impressions = r.integer("impressions", range: 0...Int.max), clicks = r.integer("clicks", range: 0...Int.max)
            let conversions = r.integer("conversions", range: 0...Int.max)
            let newCustomers = r.integer("new_customers", range: 0...Int.max), revenue = r.number("revenue", minimum: 0)
            guard let day, let channel, let campaign, let spend, let impressions, let clicks, let conversions,
                  let newCustomers, let revenue else { return nil }
            return .marketing(MarketingFigure(day: day, channel: channel, campaign: campaign, spend: spend,
                                              impressions: impressions, clicks: clicks, conversions: conversions,
                                              newCustomers: newCustomers, revenue: revenue))
        }
    }

    /// The field names of a type in RECORDS.md order, and which are required: a CSV header is checked against these.
    public static func fields(of type: RecordType) -> (names: [String], required: Set<String>) {
        var r = FieldReader(fields: [], now: Instant(millis: 0), shift: .none, describing: true)
        _ = read(type, &r)
        return (r.knownFields, r.requiredFields)
    }
}
