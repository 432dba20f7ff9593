extension PageSnapshot {
    /// This snapshot as `viewer` may see it, masked the same way as `OverviewSnapshot.masked(for:)`, before anything
    /// reaches a page.
    public func masked(for viewer: Viewer) -> PageSnapshot {
        var copy = self
        copy.masks = viewer.masks
        copy.content = switch content {
        case .overview(let overview): .overview(overview.masked(for: viewer))
        case .quality(let quality): .quality(quality.masked(for: viewer))
        case .lot(let trace): .lot(trace.map { $0.masked(for: viewer) })
        case .customers(let rows): .customers(rows.map { $0.masked(for: viewer) })
        case .customer(let customer): .customer(customer.map { $0.masked(for: viewer) })
        case .contracts(let list): .contracts(ContractListSnapshot(
            byStatus: list.byStatus.map { total in
                var total = total
                total.amount = viewer.number(total.amount, as: .contractAmount)
                return total
            },
            contracts: list.contracts.map { $0.masked(for: viewer) }))
        case .contract(let chain): .contract(chain.map { $0.masked(for: viewer) })
        case .marketing(let marketing): .marketing(marketing)
        case .alerts(let alerts): .alerts(OverviewSnapshot.maskedAlerts(alerts, for: viewer))
        case .alert(let detail): .alert(detail.map { $0.masked(for: viewer) })
        case .sources(let sources): .sources(sources)
        case .series(let series): .series(series.map { $0.masked(for: viewer) })
        }
        return copy
    }
}

extension AlertDetail {
    func masked(for viewer: Viewer) -> AlertDetail {
        AlertDetail(
            alert: alert.masked(for: viewer),
            fields: fields.map { AlertField($0.name, viewer.text($0.value, as: .alertText)) },
            series: series.map { series in
                var series = series
                series.subject = viewer.text(series.subject, as: .alertText)
                series.readings = series.readings.map { AlertReading(time: $0.time, value: viewer.number($0.value, as: .readingValue)) }
                return series
            },
            timeline: timeline.map { entry in
                var entry = entry
                entry.user = entry.user.map { viewer.text($0, as: .personName) }
                entry.note = entry.note.map { viewer.text($0, as: .alertText) }
                entry.target = entry.target.map { viewer.text($0, as: .alertText) }
                return entry
            })
    }
}

extension QualitySnapshot {
    func masked(for viewer: Viewer) -> QualitySnapshot {
        QualitySnapshot(
            metrics: metrics.map { metric in
                var metric = metric
                metric.site = viewer.text(metric.site, as: .site)
                metric.value = metric.value.map { viewer.number($0, as: .readingValue) }
                metric.hourly = viewer.mask(for: .readingValue) == nil ? metric.hourly : metric.hourly.map { _ in nil }
                return metric
            },
            lots: lots.map { lot in
                var lot = lot
                lot.lastSite = viewer.text(lot.lastSite, as: .site)
                return lot
            })
    }
}

extension LotTrace {
    func masked(for viewer: Viewer) -> LotTrace {
        var copy = self
        copy.stays = stays.map { stay in
            var stay = stay
            stay.site = viewer.text(stay.site, as: .site)
            stay.readings = stay.readings.map { reading in
                var reading = reading
                reading.lowest = viewer.number(reading.lowest, as: .readingValue)
                reading.highest = viewer.number(reading.highest, as: .readingValue)
                return reading
            }
            return stay
        }
        return copy
    }
}

extension CustomerRow {
    func masked(for viewer: Viewer) -> CustomerRow {
        var copy = self
        copy.name = viewer.text(name, as: .customerName)
        copy.spend = viewer.number(spend, as: .orderAmount)
        copy.lifetimeValue = viewer.number(lifetimeValue, as: .customerValue)
        return copy
    }
}

extension Customer360 {
    func masked(for viewer: Viewer) -> Customer360 {
        var copy = self
        copy.row = row.masked(for: viewer)
        copy.contact = contact.map { viewer.text($0, as: .customerContact) }
        copy.phone = phone.map { viewer.text($0, as: .customerPhone) }
        copy.monthlySpend = monthlySpend.map { viewer.number($0, as: .orderAmount) }
        copy.similar = similar.map { customer in
            var customer = customer
            customer.name = viewer.text(customer.name, as: .customerName)
            return customer
        }
        return copy
    }
}

extension ContractRow {
    func masked(for viewer: Viewer) -> ContractRow {
        var copy = self
        copy.title = viewer.text(title, as: .contractTitle)
        copy.counterparty = viewer.text(counterparty, as: .contractCounterparty)
        copy.amount = viewer.number(amount, as: .contractAmount)
        copy.owner = viewer.text(owner, as: .personName)
        return copy
    }
}

extension ContractChain {
    func masked(for viewer: Viewer) -> ContractChain {
        ContractChain(
            contract: contract.masked(for: viewer),
            seals: seals.map { seal in
                var seal = seal
                seal.requestedBy = viewer.text(seal.requestedBy, as: .personName)
                seal.approvedBy = seal.approvedBy.map { viewer.text($0, as: .personName) }
                return seal
            },
            milestones: milestones.map { milestone in
                var milestone = milestone
                milestone.amount = milestone.amount.map { viewer.number($0, as: .contractAmount) }
                return milestone
            })
    }
}
