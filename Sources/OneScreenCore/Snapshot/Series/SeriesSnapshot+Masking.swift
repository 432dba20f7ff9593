extension SeriesSnapshot {
    /// The series as `viewer` may see it, graded like the quality page's rows: the site as `site`, every reading as
    /// `reading.value` (the chart's shape goes whole under any mask, as a sparkline's does, since scaled points
    /// would still draw the real curve), and the alerts as the alert list masks them. Lot ids and compliance are
    /// public, as on the quality page.
    public func masked(for viewer: Viewer) -> SeriesSnapshot {
        var copy = self
        copy.request.site = viewer.text(request.site, as: .site)
        if viewer.mask(for: .readingValue) != nil {
            copy.points = []
            copy.latest = latest.map { point in
                var point = point
                point.mean = viewer.number(point.mean, as: .readingValue)
                point.low = point.mean
                point.high = point.mean
                return point
            }
        }
        copy.alerts = alerts.map { $0.masked(for: viewer) }
        return copy
    }
}
