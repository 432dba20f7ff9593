extension Record {
    /// The record's fields in the order RECORDS.md lists them, which is also the CSV header's order.
    var writtenFields: [WrittenField] {
        switch self {
        case .reading(let r):
            [
                WrittenField("metric", .text(r.metric)), WrittenField("site", .text(r.site)),
                WrittenField("stage", .text(r.stage.rawValue)), WrittenField("time", .time(r.time)),
                WrittenField("value", .number(r.value)), WrittenField("unit", .text(r.unit)),
                WrittenField("lot", r.lot.map(WrittenValue.text)),
            ]
        case .standard(let s):
            [
                WrittenField("id", .text(s.id)), WrittenField("name", .text(s.name)),
                WrittenField("metric", .text(s.metric)), WrittenField("stage", s.stage.map { .text($0.rawValue) }),
                WrittenField("min", s.min.map(WrittenValue.number)), WrittenField("max", s.max.map(WrittenValue.number)),
                WrittenField("unit", .text(s.unit)), WrittenField("level", .integer(s.level)),
                WrittenField("hold", .integer(s.hold)),
            ]
        case .lotEvent(let e):
            [
                WrittenField("lot", .text(e.lot)), WrittenField("product", .text(e.product)),
                WrittenField("stage", .text(e.stage.rawValue)), WrittenField("site", .text(e.site)),
                WrittenField("time", .time(e.time)), WrittenField("event", .text(e.event.rawValue)),
                WrittenField("note", e.note.map(WrittenValue.text)),
            ]
        case .customer(let c):
            [
                WrittenField("id", .text(c.id)), WrittenField("name", .text(c.name)),
                WrittenField("kind", .text(c.kind.rawValue)), WrittenField("region", .text(c.region)),
                WrittenField("channel", .text(c.channel)), WrittenField("contact", c.contact.map(WrittenValue.text)),
                WrittenField("phone", c.phone.map(WrittenValue.text)),
                WrittenField("vip_level", c.vipLevel.map(WrittenValue.integer)),
                WrittenField("risk_preference", c.riskPreference.map { .text($0.rawValue) }),
                WrittenField("since", .day(c.since)),
            ]
        case .tag(let t):
            [
                WrittenField("customer", .text(t.customer)), WrittenField("kind", .text(t.kind.rawValue)),
                WrittenField("key", .text(t.key)), WrittenField("value", .text(t.value)),
            ]
        case .order(let o):
            [
                WrittenField("id", .text(o.id)), WrittenField("customer", .text(o.customer)),
                WrittenField("time", .time(o.time)), WrittenField("amount", .number(o.amount)),
                WrittenField("category", .text(o.category)), WrittenField("channel", .text(o.channel)),
            ]
        case .moment(let m):
            [
                WrittenField("id", .text(m.id)), WrittenField("customer", .text(m.customer)),
                WrittenField("kind", .text(m.kind.rawValue)), WrittenField("date", .day(m.date)),
                WrittenField("action", m.action.map(WrittenValue.text)),
            ]
        case .contract(let c):
            [
                WrittenField("id", .text(c.id)), WrittenField("title", .text(c.title)),
                WrittenField("counterparty", .text(c.counterparty)), WrittenField("amount", .number(c.amount)),
                WrittenField("status", .text(c.status.rawValue)), WrittenField("owner", .text(c.owner)),
                WrittenField("signed", c.signed.map(WrittenValue.day)), WrittenField("start", c.start.map(WrittenValue.day)),
                WrittenField("end", c.end.map(WrittenValue.day)),
            ]
        case .sealUse(let s):
            [
                WrittenField("id", .text(s.id)), WrittenField("contract", .text(s.contract)),
                WrittenField("seal", .text(s.seal.rawValue)), WrittenField("requested_by", .text(s.requestedBy)),
                WrittenField("approved_by", s.approvedBy.map(WrittenValue.text)), WrittenField("time", .time(s.time)),
                WrittenField("status", .text(s.status.rawValue)),
            ]
        case .milestone(let m):
            [
                WrittenField("id", .text(m.id)), WrittenField("contract", .text(m.contract)),
                WrittenField("name", .text(m.name)), WrittenField("due", .day(m.due)),
                WrittenField("done", m.done.map(WrittenValue.day)), WrittenField("amount", m.amount.map(WrittenValue.number)),
            ]
        case .marketing(let f):
            [
                WrittenField("day", .day(f.day)), WrittenField("channel", .text(f.channel)),
                WrittenField("campaign", .text(f.campaign)), WrittenField("spend", .number(f.spend)),
                WrittenField("impressions", .integer(f.impressions)), WrittenField("clicks", .integer(f.clicks)),
                WrittenField("conversions", .integer(f.conversions)),
                WrittenField("new_customers", .integer(f.newCustomers)), WrittenField("revenue", .number(f.revenue)),
            ]
        }
    }
}
