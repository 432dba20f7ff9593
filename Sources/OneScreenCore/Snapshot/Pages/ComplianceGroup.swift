/// Compliance of one stage at one group of sites (the province or fleet a site's name starts with, `鲁`, `沪A`):
/// what a wall screen, whose viewer may not see sites, shows instead of a row per series. Counts and rates only.
public struct ComplianceGroup: Sendable, Equatable, Codable {
    public var stage: Stage
    /// The group's name, nil for sites named without one.
    public var group: String?
    /// Readings inside the band over the last 24 h.
    public var compliance: QualityOverview.Compliance
    public var series: Int
    /// Series whose latest reading is out of band.
    public var outOfBand: Int

    public init(stage: Stage, group: String?, compliance: QualityOverview.Compliance, series: Int, outOfBand: Int) {
        self.stage = stage
        self.group = group
        self.compliance = compliance
        self.series = series
        self.outOfBand = outOfBand
    }

    /// The group a site belongs to: the part of its name before `·` (`沪A·冷链06` → `沪A`), nil without one.
    public static func group(of site: String) -> String? {
        guard let dot = site.firstIndex(of: "·"), dot > site.startIndex else { return nil }
        return String(site[..<dot])
    }

    /// The groups of `metrics`, in chain order and by group name.
    public static func groups(_ metrics: [MetricStatus]) -> [ComplianceGroup] {
        var found: [String: ComplianceGroup] = [:]
        for metric in metrics {
            let group = Self.group(of: metric.site)
            let key = metric.stage.rawValue + "|" + (group ?? "")
            var entry = found[key] ?? ComplianceGroup(stage: metric.stage, group: group, compliance: .zero, series: 0, outOfBand: 0)
            entry.compliance.add(metric.compliance)
            entry.series += 1
            if !metric.isInside { entry.outOfBand += 1 }
            found[key] = entry
        }
        return found.values.sorted { ($0.stage, $0.group ?? "\u{10FFFF}") < ($1.stage, $1.group ?? "\u{10FFFF}") }
    }
}
