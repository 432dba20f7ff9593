extension AlertRule {
    /// The rule a quality standard stands for: its series out of its band for longer than its hold, at its
    /// level, one alert per series (subject `site/metric`).
    init(standard: Standard) {
        self.init(
            name: AlertRule.standardRulePrefix + standard.id, title: standard.name,
            level: AlertLevel(rawValue: min(max(standard.level, 1), 4)) ?? .businessAnomaly,
            condition: .band(BandCondition(
                metric: Glob(standard.metric), stage: standard.stage, min: standard.min, max: standard.max,
                hold: Duration.seconds(Int64(standard.hold)))))
    }

    /// Standards' rules are named `standard/ID`; configured names cannot contain `/`, so the two never clash.
    static let standardRulePrefix = "standard/"
}
