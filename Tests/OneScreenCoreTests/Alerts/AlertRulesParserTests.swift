import Testing
import Yams
@testable import OneScreenCore

/// The `rules:` and `alerts:` sections: every kind reads, every problem is located, typos get a did-you-mean.
@Suite struct AlertRulesParserTests {
    func parse(_ yaml: String) throws -> ([AlertRule], [String]) {
        let root = try #require(try Yams.compose(yaml: yaml))
        let (rules, problems) = AlertRulesParser.rules(try #require(root.mapping?["rules"]), file: "config.yaml")
        return (rules, problems.map(\.description))
    }

    @Test func readsEveryKind() throws {
        let (rules, problems) = try parse("""
            rules:
              - name: cold-chain-warm
                kind: threshold
                metric: "*.temp"
                site: "沪A*"
                max: 8
                for: 5m
                level: L4
                message: "{subject} at {value}{unit}"
              - name: warming-fast
                kind: rate
                metric: truck.temp
                rise: 2
                within: 10m
              - name: door-open-warm
                kind: combination
                conditions: [{metric: truck.temp, above: 4}, {metric: truck.door, above: 0}]
                for: 5m
              - name: sensor-silent
                kind: no_data
                metric: "*"
                after: 30m
              - name: erp-silent
                kind: no_data
                source: "erp*"
                after: 2h
              - name: contract-expiring
                kind: contract_expiring
                within_days: 14
              - name: moment-no-action
                enabled: false
            """)
        #expect(problems == [])
        let byName = Dictionary(uniqueKeysWithValues: rules.map { ($0.name, $0) })
        #expect(Set(byName.keys) == ["cold-chain-warm", "warming-fast", "door-open-warm", "sensor-silent", "erp-silent",
                                     "contract-expiring", "milestone-overdue", "seal-unapproved",
                                     "source-failing", "source-silent", "collector-lease", "data-stale", "ingest-lag"])
        #expect(byName["cold-chain-warm"]?.condition == .band(BandCondition(metric: Glob("*.temp"), site: Glob("沪A*"), max: 8, hold: .minutes(5))))
        #expect(byName["cold-chain-warm"]?.level == .complianceRisk)
        #expect(byName["warming-fast"]?.condition == .rate(RateCondition(metric: Glob("truck.temp"), rise: 2, fall: nil, within: .minutes(10))))
        #expect(byName["warming-fast"]?.level == .performanceDecline)
        #expect(byName["door-open-warm"]?.condition == .combination(CombinationCondition(
            terms: [MetricTest(metric: "truck.temp", above: 4), MetricTest(metric: "truck.door", above: 0)], hold: .minutes(5))))
        #expect(byName["sensor-silent"]?.level == .systemFault)
        #expect(byName["erp-silent"]?.condition == .noData(NoDataCondition(target: .source(Glob("erp*")), after: .hours(2))))
        #expect(byName["contract-expiring"]?.condition == .business(.contractExpiring(withinDays: 14)))
    }

    @Test func reportsEachProblemWithItsLineAndADidYouMean() throws {
        let (_, problems) = try parse("""
            rules:
              - name: warm
                kind: treshold
                metric: truck.temp
              - name: cold
                kind: threshold
                metric: truck.temp
                mx: 8
                for: 13h
              - name: rate
                kind: rate
                metric: truck.temp
                within: 10m
                message: "{subjet} rose"
              - name: warm
                kind: no_data
                metric: x
                source: y
                after: 5m
              - name: bad/name
                kind: seal_unapproved
              - name: doors
                kind: combination
                conditions: [{metric: "truck.*", above: 4}, {metric: truck.door}]
            """)
        #expect(problems == [
            "config.yaml:3: rules[0].kind: unknown kind 'treshold' (did you mean 'threshold'?); kinds are threshold, rate, combination, no_data, milestone_overdue, contract_expiring, seal_unapproved, moment_no_action, source_failing, no_collector, stale_data, ingest_lag",
            "config.yaml:5: rules[1].max: a threshold needs min, max or both",
            "config.yaml:8: rules[1].mx: unknown key (did you mean 'max'?)",
            "config.yaml:9: rules[1].for: 13h is longer than the 12h a rule can look back",
            "config.yaml:10: rules[2].rise: a rate rule needs rise, fall or both",
            "config.yaml:14: rules[2].message: unknown placeholder {subjet} (did you mean 'subject'?); this kind knows {change} {level} {metric} {rule} {since} {site} {subject} {title} {unit} {value} {within}",
            "config.yaml:15: rules[3].name: 'warm' is already the name of rules[0]",
            "config.yaml:15: rules[3].metric: a no_data rule watches either metric (sensors) or source (collector sources)",
            "config.yaml:20: rules[4].name: a rule name is at most 64 letters, digits, '.', '_' or '-'",
            "config.yaml:24: rules[5].conditions[0].metric: a combination names exact metrics, not patterns",
            "config.yaml:24: rules[5].conditions[1]: a condition needs above, below or both",
        ])
    }

    @Test func readsHooks() throws {
        let root = try #require(try Yams.compose(yaml: """
            alerts:
              hooks:
                - command: "logger -t onescreen"
                - command: [/usr/local/bin/page, --team, cold]
                  on: fire
                  min_level: 4
                  timeout: 3s
                - command: x
                  on: [fire, resolved]
                  timout: 3s
            """))
        let (hooks, problems) = AlertRulesParser.hooks(try #require(root.mapping?["alerts"]), file: "config.yaml")
        #expect(hooks.first == AlertHook(command: ["/bin/sh", "-c", "logger -t onescreen"]))
        #expect(hooks.dropFirst().first == AlertHook(command: ["/usr/local/bin/page", "--team", "cold"], events: [.fire],
                                                     minimumLevel: .complianceRisk, timeout: .seconds(3)))
        #expect(problems.map(\.description) == [
            "config.yaml:9: alerts.hooks[2].on: unknown event 'resolved' (did you mean 'resolve'?); events are fire, resolve",
            "config.yaml:10: alerts.hooks[2].timout: unknown key (did you mean 'timeout'?)",
        ])
    }

    @Test func readsRoutingRepeatAndGroups() throws {
        let root = try #require(try Yams.compose(yaml: """
            alerts:
              hooks:
                - name: ops-sms
                  command: "echo sms"
                  when: {levels: [L1], rules: ["no-data*"], subjects: ["沪A*"]}
                  repeat: 4h
                  group_wait: 30s
                  group_by: [rule]
                  language: en
                - command: x
                  when: {levels: [L5], rule: a}
                  repeat: 10ms
                  group_by: [site]
                  group_wait: 1h
                - name: ops-sms
                  command: "echo again"
                - command: y
                  role: kiosks
            """))
        let (hooks, problems) = AlertRulesParser.hooks(try #require(root.mapping?["alerts"]), file: "config.yaml")
        #expect(hooks.first == AlertHook(command: ["/bin/sh", "-c", "echo sms"],
                                         when: HookMatcher(levels: [.systemFault], rules: [Glob("no-data*")], subjects: [Glob("沪A*")]),
                                         repeatInterval: .seconds(4 * 3600), grouping: HookGrouping(wait: .seconds(30), by: [.rule]),
                                         language: .en, name: "ops-sms"))
        #expect(problems.map(\.description) == [
            "config.yaml:11: alerts.hooks[1].when.rule: unknown key (did you mean 'rules'?)",
            "config.yaml:11: alerts.hooks[1].when.levels: unknown level 'L5'; levels are L1 system fault, L2 performance decline, L3 business anomaly, L4 compliance risk",
            "config.yaml:12: alerts.hooks[1].repeat: 10ms is shorter than the minimum of 1s",
            "config.yaml:13: alerts.hooks[1].group_by: unknown key 'site'; alerts group by level, rule, subject",
            "config.yaml:14: alerts.hooks[1].group_wait: 1h is longer than the 10m an alert may wait for its group",
            "config.yaml:15: alerts.hooks[2].name: 'ops-sms' already names alerts.hooks[0]; give each hook a name of its own",
            "config.yaml:18: alerts.hooks[3].role: no role \"kiosks\" (did you mean 'kiosk'?); roles are executive, quality_manager, frontline, ops, kiosk",
        ])
    }
}
