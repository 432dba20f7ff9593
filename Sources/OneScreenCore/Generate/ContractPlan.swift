/// Contracts along the chain transaction → contract → seal use → fulfilment, with the risks the contract pane
/// looks for planted in it: contracts ending within 30 days, milestones overdue at the end, seals used without
/// approval.
struct ContractPlan: Sendable {
    /// How many contracts have each status, in `ContractStatus.allCases` order.
    private static let statusCounts = [7, 9, 7, 7, 48, 34, 8]
    /// Performing contracts whose end falls within 30 days after the end of the data.
    static let expiringCount = 8
    /// Milestones of performing contracts left undone past their due date.
    static let overdueCount = 7
    /// Days before the end on which a seal was used with nobody's approval.
    static let unapprovedDaysBack: [Int64] = [2, 5, 11, 58]

    private static let legalApprover = "郑慧"
    private static let managingDirector = "黄志文"
    private static let financeDirector = "林娟"

    private(set) var contracts: [Contract] = []
    private(set) var sealUses: [SealUse] = []
    private(set) var milestones: [Milestone] = []

    private struct Draft {
        var created: Int64
        let status: ContractStatus
        let template: ContractTemplate
        let counterparty: String
        let fen: Int64
        let owner: String
        var signed: Int64?
        var start: Int64?
        var end: Int64?
    }

    init(seed: UInt64, end: Int64, customers: [SampleCustomer]) {
        var random = SampleRandom(seed: seed, stream: 0xC0C)
        let endDay = SampleCalendar.dayNumber(end)

        var statuses: [ContractStatus] = []
        for (status, count) in zip(ContractStatus.allCases, ContractPlan.statusCounts) {
            statuses += Array(repeating: status, count: count)
        }
        random.shuffle(&statuses)
        let templates = ContractTemplate.all
        var expiring = ContractPlan.expiringCount
        var drafts: [Draft] = []
        for status in statuses {
            let template = templates[random.weighted(templates.map(\.weight))]
            let counterparty: String
            if let supplier = template.supplier {
                counterparty = supplier
            } else {
                let candidates = customers.filter { $0.record.kind == template.customerKind && $0.habit != .prospect }
                counterparty = random.pick(candidates).record.name
            }
            var draft = Draft(
                created: 0, status: status, template: template, counterparty: counterparty,
                fen: SampleMoney.fen(template.drawAmount(&random)), owner: random.pick(template.owners))
            switch status {
            case .draft, .review, .approved:
                draft.created = endDay - random.int64(status == .draft ? 1...20 : 3...40)
            case .sealed:
                draft.signed = endDay - random.int64(1...20)
                draft.start = draft.signed
                draft.end = draft.signed! + 365
            case .performing:
                draft.start = endDay - random.int64(15...600)
                draft.signed = draft.start! - random.int64(0...14)
                if expiring > 0 {
                    expiring -= 1
                    draft.end = endDay + random.int64(1...30)
                } else {
                    draft.end = max(endDay + 31, draft.start! + random.pick([365, 730, 1095]))
                }
            case .completed:
                draft.end = endDay - random.int64(1...400)
                draft.start = draft.end! - random.int64(180...730)
                draft.signed = draft.start! - random.int64(0...14)
            case .terminated:
                draft.start = endDay - random.int64(90...500)
                draft.signed = draft.start! - random.int64(0...14)
                draft.end = min(endDay - 1, draft.start! + random.int64(40...300))
            }
            if let signed = draft.signed { draft.created = signed - random.int64(5...30) }
            drafts.append(draft)
        }
        drafts = drafts.enumerated().sorted { ($0.element.created, $0.offset) < ($1.element.created, $1.offset) }
            .map(\.element)

        var previousYear = 0
        var sequence = 0
        for draft in drafts {
            let year = SampleCalendar.civil(draft.created).year
            sequence = year == previousYear ? sequence + 1 : 1
            previousYear = year
            let startYear = SampleCalendar.civil(draft.start ?? draft.created).year
            contracts.append(
                Contract(
                    id: "C-\(year)-" + SampleCalendar.pad4(sequence), title: draft.template.title(year: startYear),
                    counterparty: draft.counterparty, amount: SampleMoney.amount(draft.fen), status: draft.status,
                    owner: draft.owner, signed: draft.signed.map(ContractPlan.day), start: draft.start.map(ContractPlan.day),
                    end: draft.end.map(ContractPlan.day)))
        }
        milestones = ContractPlan.milestones(drafts, contracts, endDay: endDay, &random)
        sealUses = ContractPlan.sealUses(drafts, contracts, milestones, endDay: endDay, &random)
    }

    private static func day(_ number: Int64) -> CalendarDay {
        CalendarDay(daysSinceEpoch: Int32(number))
    }

    /// Milestones spread evenly over each signed contract's term; past ones done around their due date, except
    /// a few of performing contracts left overdue. A terminated contract keeps only what fell before its end.
    private static func milestones(
        _ drafts: [Draft], _ contracts: [Contract], endDay: Int64, _ random: inout SampleRandom
    ) -> [Milestone] {
        var milestones: [Milestone] = []
        var overdueCandidates: [Int] = []
        for (draft, contract) in zip(drafts, contracts) {
            guard let start = draft.start, let end = draft.end else { continue }
            let planned = draft.template.milestones
            for (index, step) in planned.enumerated() {
                let due = start + Int64(index + 1) * (end - start) / Int64(planned.count)
                if draft.status == .terminated && due > end { break }
                var done: Int64?
                if due < endDay {
                    done = min(endDay - 1, max(start, due + random.int64(-6...3)))
                    if draft.status == .performing && due >= endDay - 75 { overdueCandidates.append(milestones.count) }
                }
                milestones.append(
                    Milestone(
                        id: contract.id + "-M\(index + 1)", contract: contract.id, name: step.name, due: day(due),
                        done: done.map(day), amount: step.share.map { SampleMoney.amount(Int64(Double(draft.fen) * $0)) }))
            }
        }
        random.shuffle(&overdueCandidates)
        for index in overdueCandidates.prefix(overdueCount) { milestones[index].done = nil }
        return milestones
    }

    /// Each signed contract used the contract seal on its signing day, with the legal department's approval (and
    /// the legal representative's seal above 10 million CNY); paid milestones used the finance seal. Requests
    /// are pending on contracts under review, approved ones wait to be used, some were rejected, and a few seals
    /// were used with no approval at all.
    private static func sealUses(
        _ plans: [Draft], _ contracts: [Contract], _ milestones: [Milestone], endDay: Int64,
        _ random: inout SampleRandom
    ) -> [SealUse] {
        var uses: [(time: Int64, contract: Int, seal: SealKind, by: String, approver: String?, status: SealUseStatus)] = []
        func at(_ day: Int64) -> Int64 {
            SampleCalendar.midnight(day) + random.int64(9 * 3600...17 * 3600 + 1800)
        }
        var review: [Int] = []
        var live: [Int] = []
        for (index, plan) in plans.enumerated() {
            switch plan.status {
            case .draft:
                break
            case .review:
                review.append(index)
            case .approved:
                uses.append((at(endDay - random.int64(1...6)), index, .contract, plan.owner, legalApprover, .approved))
            case .sealed, .performing, .completed, .terminated:
                let day = plan.signed!
                uses.append((at(day), index, .contract, plan.owner, legalApprover, .used))
                if plan.fen >= 1_000_000_000 {
                    uses.append((at(day), index, .legalRep, plan.owner, managingDirector, .used))
                }
                if plan.status == .sealed || plan.status == .performing { live.append(index) }
            }
        }
        random.shuffle(&review)
        for (position, index) in review.enumerated() {
            let status: SealUseStatus = position < 2 ? .rejected : .requested
            uses.append((at(endDay - random.int64(1...4)), index, .contract, plans[index].owner, nil, status))
        }
        let indexByID = Dictionary(uniqueKeysWithValues: contracts.enumerated().map { ($1.id, $0) })
        for milestone in milestones where milestone.amount != nil {
            guard let done = milestone.done, let index = indexByID[milestone.contract] else { continue }
            uses.append((at(Int64(done.daysSinceEpoch)), index, .finance, plans[index].owner, financeDirector, .used))
        }
        random.shuffle(&live)
        for (daysBack, index) in zip(unapprovedDaysBack, live) {
            let day = max(plans[index].signed!, endDay - daysBack)
            let seal: SealKind = random.chance(0.5) ? .company : .contract
            uses.append((at(day), index, seal, random.pick(plans[index].template.owners), nil, .used))
        }
        // A supplementary agreement on a running contract whose company-seal request was turned down.
        if live.count > unapprovedDaysBack.count {
            let index = live[unapprovedDaysBack.count]
            let day = max(plans[index].signed!, endDay - random.int64(10...30))
            uses.append((at(day), index, .company, plans[index].owner, nil, .rejected))
        }

        uses.sort { ($0.time, $0.contract, $0.seal.rawValue) < ($1.time, $1.contract, $1.seal.rawValue) }
        var result: [SealUse] = []
        var previousYear = 0
        var sequence = 0
        for use in uses {
            let year = SampleCalendar.civil(SampleCalendar.dayNumber(use.time)).year
            sequence = year == previousYear ? sequence + 1 : 1
            previousYear = year
            result.append(
                SealUse(
                    id: "S-\(year)-" + SampleCalendar.pad4(sequence), contract: contracts[use.contract].id,
                    seal: use.seal, requestedBy: use.by, approvedBy: use.approver, time: Instant(seconds: use.time),
                    status: use.status))
        }
        return result
    }
}
