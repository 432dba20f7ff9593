import GRDB

/// Business risks read from the store as it is now, judged by calendar day in the store's time zone.
public enum BusinessCondition: Sendable, Hashable {
    /// An open milestone more than `graceDays` past its due date (履约逾期).
    case milestoneOverdue(graceDays: Int)
    /// A contract ending within `withinDays` that is not sealed yet (draft, in review or approved).
    case contractExpiring(withinDays: Int)
    /// A seal used (or marked approved) with nobody recorded as approving it (合规风险). A request still
    /// waiting for approval is ordinary workflow, not a risk.
    case sealUnapproved
    /// A moment of truth within `withinDays` with no action planned.
    case momentWithoutAction(withinDays: Int)

    var defaultMessageKind: DefaultMessage.Kind {
        switch self {
        case .milestoneOverdue: .milestoneOverdue
        case .contractExpiring: .contractExpiring
        case .sealUnapproved: .sealUnapproved
        case .momentWithoutAction: .momentWithoutAction
        }
    }

    var defaultMessage: MessageTemplate {
        switch self {
        case .milestoneOverdue: MessageTemplate("{contract} milestone {name} was due {due}, {days} days overdue")
        case .contractExpiring: MessageTemplate("{contract} {title} ({counterparty}) ends {end}, in {days} days, still {status}")
        case .sealUnapproved: MessageTemplate("{contract} {seal} seal {status} at {time}, requested by {requested_by}, with no approval")
        case .momentWithoutAction: MessageTemplate("{customer} {kind} on {date}, in {days} days, has no action planned")
        }
    }
}

extension BusinessCondition {
    /// The record types whose arrival can change this condition's findings.
    var recordTypes: Set<RecordType> {
        switch self {
        case .milestoneOverdue: [.milestone]
        case .contractExpiring: [.contract]
        case .sealUnapproved: [.sealUse]
        case .momentWithoutAction: [.moment]
        }
    }

    /// The problems present on `today` (a calendar day in the store's time zone).
    func findings(_ db: Database, now: Instant, utcOffset: Int) throws -> [Finding] {
        let today = now.day(utcOffset: utcOffset)
        switch self {
        case .milestoneOverdue(let grace):
            return try Store.overdueMilestones(db, dueBefore: today.adding(days: -grace)).map { m in
                Finding(
                    subject: m.contract + "/" + m.id, since: m.due.adding(days: 1).start(utcOffset: utcOffset),
                    values: ["contract": m.contract, "milestone": m.id, "name": m.name, "due": m.due.description,
                             "days": String(today.days(since: m.due))])
            }
        case .contractExpiring(let within):
            return try Store.expiringUnsealedContracts(db, from: today, to: today.adding(days: within)).compactMap { c in
                guard let end = c.end else { return nil }
                return Finding(
                    subject: c.id, since: end.adding(days: -within).start(utcOffset: utcOffset),
                    values: ["contract": c.id, "title": c.title, "counterparty": c.counterparty, "status": c.status.rawValue,
                             "end": end.description, "days": String(end.days(since: today))])
            }
        case .sealUnapproved:
            return try Store.unapprovedSealUses(db).map { s in
                Finding(
                    subject: s.contract + "/" + s.id, since: s.time,
                    values: ["seal_use": s.id, "contract": s.contract, "seal": s.seal.rawValue, "requested_by": s.requestedBy,
                             "status": s.status.rawValue, "time": s.time.rfc3339(utcOffset: utcOffset)])
            }
        case .momentWithoutAction(let within):
            return try Store.momentsWithoutAction(db, from: today, to: today.adding(days: within)).map { m in
                Finding(
                    subject: m.customer + "/" + m.id, since: m.date.adding(days: -within).start(utcOffset: utcOffset),
                    values: ["moment": m.id, "customer": m.customer, "kind": m.kind.rawValue, "date": m.date.description,
                             "days": String(m.date.days(since: today))])
            }
        }
    }
}
