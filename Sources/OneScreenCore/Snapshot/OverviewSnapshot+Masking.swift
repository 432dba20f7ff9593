extension OverviewSnapshot {
    /// This snapshot as `viewer` may see it. Applied right after the read, before anything reaches a page, the CLI or
    /// a snapshot file: what is above the viewer's clearance is not in the value at all, only its masked form.
    public func masked(for viewer: Viewer) -> OverviewSnapshot {
        var copy = self
        copy.masks = viewer.masks
        guard !copy.masks.isEmpty else { return copy }
        copy.quality.worst = quality.worst.map { item in
            var item = item
            item.site = viewer.text(item.site, as: .site)
            item.value = viewer.number(item.value, as: .readingValue)
            return item
        }
        copy.customers.topByValue = customers.topByValue.map { item in
            var item = item
            item.name = viewer.text(item.name, as: .customerName)
            item.lifetimeValue = viewer.number(item.lifetimeValue, as: .customerValue)
            return item
        }
        copy.customers.upcomingMoments = customers.upcomingMoments.map { item in
            var item = item
            item.customerName = viewer.text(item.customerName, as: .customerName)
            return item
        }
        copy.contracts.byStatus = contracts.byStatus.map { item in
            var item = item
            item.amount = viewer.number(item.amount, as: .contractAmount)
            return item
        }
        copy.contracts.overdueMilestones = contracts.overdueMilestones.map { item in
            var item = item
            item.amount = item.amount.map { viewer.number($0, as: .contractAmount) }
            return item
        }
        copy.contracts.expiring = contracts.expiring.map { item in
            var item = item
            item.title = viewer.text(item.title, as: .contractTitle)
            item.counterparty = viewer.text(item.counterparty, as: .contractCounterparty)
            item.amount = viewer.number(item.amount, as: .contractAmount)
            return item
        }
        copy.contracts.unapprovedSeals = contracts.unapprovedSeals.map { item in
            var item = item
            item.requestedBy = viewer.text(item.requestedBy, as: .personName)
            return item
        }
        copy.alerts = Self.maskedAlerts(alerts, for: viewer)
        return copy
    }

    static func maskedAlerts(_ alerts: AlertOverview, for viewer: Viewer) -> AlertOverview {
        var copy = alerts
        copy.newest = alerts.newest.map { $0.masked(for: viewer) }
        return copy
    }
}
