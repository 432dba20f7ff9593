import Yams

/// Reads the alert sections of the config: `rules:` (a list of rules) and `alerts:` (hooks). Every problem is
/// collected with its line, like the rest of the config, so one `onescreen check` shows them all.
///
/// ```yaml
/// rules:
///   - name: cold-chain-warm          # letters, digits, . _ -; a built-in's name replaces it
///     kind: threshold                # threshold, rate, combination, no_data, milestone_overdue,
///     metric: "*.temp"               #   contract_expiring, seal_unapproved, moment_no_action
///     site: "沪A*"
///     max: 8
///     for: 5m
///     level: L4
///     message: "{subject} at {value}{unit} since {since}"
///   - name: door-open-warm
///     kind: combination
///     conditions: [{metric: truck.temp, above: 4}, {metric: truck.door, above: 0}]
///     for: 5m
///   - name: moment-no-action
///     enabled: false
/// alerts:
///   hooks:
///     - command: ["/usr/local/bin/page-oncall", "--team", "cold-chain"]
///       on: [fire, resolve]
///       min_level: L3
///       timeout: 10s
///     - name: ops-sms                # what its repeat schedule is kept under (default: the command)
///       command: "sms-gateway ops"
///       when: {levels: [L1], rules: ["no-data*"], subjects: ["沪A*"]}
///       repeat: 4h                   # remind while still firing
///       group_wait: 30s              # one call for the alerts of 30 s
///       group_by: [rule]             # level, rule, subject; default one group
///       language: en                 # of the report; default the config's
///       role: frontline              # masks its alerts and report as for this role; default unmasked
/// ```
public enum AlertRulesParser {
    /// Rule names appear in fingerprints and on the command line (`alerts silence NAME`).
    static let maxNameLength = 64

    /// The rules in force: the built-in business rules, less those the config disables or replaces by name, and
    /// the configured ones.
    /// - Parameters:
    ///   - node: the value of the top-level `rules:` key.
    ///   - file: the config file, for `FILE:LINE` in problems.
    public static func rules(_ node: Node, file: String) -> ([AlertRule], [ConfigProblem]) {
        var reader = ConfigReader(file: file)
        guard let items = node.sequence else {
            reader.problem(at: node, "rules", "expected a list of rules (each starting with '- name:'), found \(reader.describe(node))")
            return (AlertRule.builtIn, reader.problems)
        }
        var configured: [AlertRule] = []
        var disabled: Set<String> = []
        var seen: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            // Names are checked before the rule, so a duplicate of a broken rule is reported too.
            var duplicate = false
            if let name = item.mapping?["name"]?.scalar?.string {
                if let first = seen[name] {
                    reader.problem(at: item.mapping?["name"], "rules[\(index)].name", "'\(name)' is already the name of rules[\(first)]")
                    duplicate = true
                } else {
                    seen[name] = index
                }
            }
            guard let (name, rule) = readRule(item, index: index, &reader), !duplicate else { continue }
            if let rule { configured.append(rule) } else { disabled.insert(name) }
        }
        let rules = AlertRule.withBuiltIns(configured).filter { !disabled.contains($0.name) }
        return (rules, sorted(reader.problems))
    }

    /// The hooks of the `alerts:` section.
    /// - Parameter access: the roles a hook's `role:` may name.
    public static func hooks(_ node: Node, file: String, access: AccessPolicy = .unconfigured) -> ([AlertHook], [ConfigProblem]) {
        var reader = ConfigReader(file: file)
        guard let fields = reader.fields(node, path: "alerts", allowed: ["hooks"]) else { return ([], reader.problems) }
        guard let list = fields["hooks"] else { return ([], reader.problems) }
        guard let items = list.sequence else {
            reader.problem(at: list, "alerts.hooks", "expected a list of hooks (each starting with '- command:'), found \(reader.describe(list))")
            return ([], reader.problems)
        }
        var hooks: [AlertHook] = []
        var named: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            guard let hook = readHook(item, path: "alerts.hooks[\(index)]", access: access, &reader) else { continue }
            // Two hooks under one name would share one repeat schedule, and one would go quiet.
            if let first = named[hook.name] {
                reader.problem(at: item.mapping?["name"] ?? item, "alerts.hooks[\(index)].name",
                               "'\(hook.name)' already names alerts.hooks[\(first)]; give each hook a name of its own")
            } else {
                named[hook.name] = index
            }
            hooks.append(hook)
        }
        return (hooks, sorted(reader.problems))
    }

    // MARK: rules

    /// The rule's name and the rule, or nil for the rule when it is disabled.
    private static func readRule(_ node: Node, index: Int, _ reader: inout ConfigReader) -> (String, AlertRule?)? {
        let path = "rules[\(index)]"
        let kindName = node.mapping?["kind"]?.scalar?.string
        let kind = kindName.flatMap(RuleKind.init(rawValue:))
        let allKindKeys = RuleKind.allCases.flatMap(\.keys)
        guard let fields = reader.fields(node, path: path, allowed: RuleKind.commonKeys + (kind?.keys ?? []),
                                         reserved: kind == nil ? allKindKeys : []) else { return nil }
        reader.require(["name"], in: fields)
        guard let name = reader.string("name", in: fields, what: "a rule name") else { return nil }
        guard name.count <= maxNameLength, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }) else {
            reader.problem(at: fields["name"], fields.path("name"), "a rule name is at most \(maxNameLength) letters, digits, '.', '_' or '-'")
            return nil
        }
        if reader.bool("enabled", in: fields) == false {
            return (name, nil)
        }
        guard let kind else {
            if let kindName {
                let kinds = RuleKind.allCases.map(\.rawValue)
                reader.problem(at: fields["kind"], fields.path("kind"),
                               "unknown kind '\(kindName)'\(Suggestion.hint(for: kindName, among: kinds)); kinds are \(kinds.joined(separator: ", "))")
            } else {
                reader.require(["kind"], in: fields)
            }
            return nil
        }
        let condition = readCondition(kind, fields, &reader)
        let level = reader.level("level", in: fields) ?? kind.defaultLevel
        let title = reader.string("title", in: fields, what: "a title")
        let resolveAfter = reader.duration("resolve_after", in: fields, maximum: AlertLimits.maxHold)
        var message: MessageTemplate?
        if let text = reader.string("message", in: fields, what: "a message template") {
            let template = MessageTemplate(text)
            let known = kind.placeholders
            for placeholder in template.placeholders where !known.contains(placeholder) {
                reader.problem(at: fields["message"], fields.path("message"),
                               "unknown placeholder {\(placeholder)}\(Suggestion.hint(for: placeholder, among: known.sorted())); "
                               + "this kind knows \(known.sorted().map { "{\($0)}" }.joined(separator: " "))")
            }
            message = template
        }
        guard let condition else { return nil }
        return (name, AlertRule(name: name, title: title, level: level, condition: condition, message: message, resolveAfter: resolveAfter))
    }

    private static func readCondition(_ kind: RuleKind, _ fields: ConfigFields, _ reader: inout ConfigReader) -> RuleCondition? {
        let hold = reader.duration("for", in: fields, maximum: AlertLimits.maxHold) ?? .zero
        let site = reader.string("site", in: fields, what: "a site or pattern").map(Glob.init) ?? .any
        switch kind {
        case .threshold:
            reader.require(["metric"], in: fields)
            let metric = reader.string("metric", in: fields, what: "a metric or pattern")
            let stage = reader.choice("stage", in: fields, as: Stage.self)
            let min = reader.number("min", in: fields), max = reader.number("max", in: fields)
            if min == nil && max == nil && fields["min"] == nil && fields["max"] == nil {
                reader.problem(at: fields.node, fields.path("max"), "a threshold needs min, max or both")
            }
            if let min, let max, min > max { reader.problem(at: fields["min"], fields.path("min"), "min \(min) is above max \(max)") }
            guard let metric, min != nil || max != nil else { return nil }
            return .band(BandCondition(metric: Glob(metric), site: site, stage: stage, min: min, max: max, hold: hold))
        case .rate:
            reader.require(["metric", "within"], in: fields)
            let metric = reader.string("metric", in: fields, what: "a metric or pattern")
            let stage = reader.choice("stage", in: fields, as: Stage.self)
            let rise = positive("rise", fields, &reader), fall = positive("fall", fields, &reader)
            if fields["rise"] == nil && fields["fall"] == nil {
                reader.problem(at: fields.node, fields.path("rise"), "a rate rule needs rise, fall or both")
            }
            let within = reader.duration("within", in: fields, maximum: AlertLimits.maxHold)
            guard let metric, let within, rise != nil || fall != nil else { return nil }
            return .rate(RateCondition(metric: Glob(metric), site: site, stage: stage, rise: rise, fall: fall, within: within, hold: hold))
        case .combination:
            reader.require(["conditions"], in: fields)
            guard let terms = readTerms(fields, &reader) else { return nil }
            return .combination(CombinationCondition(site: site, terms: terms, hold: hold))
        case .noData:
            reader.require(["after"], in: fields)
            let after = reader.duration("after", in: fields, minimum: .seconds(1))
            let metric = reader.string("metric", in: fields, what: "a metric or pattern")
            let source = reader.string("source", in: fields, what: "a source name or pattern")
            if (metric == nil) == (source == nil) {
                reader.problem(at: fields.node, fields.path("metric"), "a no_data rule watches either metric (sensors) or source (collector sources)")
            }
            if source != nil, fields["site"] != nil {
                reader.problem(at: fields["site"], fields.path("site"), "site applies to sensors (metric), not to sources")
            }
            guard let after else { return nil }
            if let metric, source == nil { return .noData(NoDataCondition(target: .series(metric: Glob(metric), site: site), after: after)) }
            if let source, metric == nil { return .noData(NoDataCondition(target: .source(Glob(source)), after: after)) }
            return nil
        case .milestoneOverdue:
            return .business(.milestoneOverdue(graceDays: reader.integer("grace_days", in: fields, range: 0...365) ?? 0))
        case .contractExpiring:
            return .business(.contractExpiring(withinDays: reader.integer("within_days", in: fields, range: 1...365) ?? 30))
        case .sealUnapproved:
            return .business(.sealUnapproved)
        case .momentNoAction:
            return .business(.momentWithoutAction(withinDays: reader.integer("within_days", in: fields, range: 1...365) ?? 7))
        case .sourceFailing:
            let source = reader.string("source", in: fields, what: "a source name or pattern").map(Glob.init) ?? .any
            return .system(.sourceFailing(source: source, runs: reader.integer("runs", in: fields, range: 1...1000) ?? 3))
        case .noCollector:
            return .system(.noCollector(after: reader.duration("after", in: fields, minimum: .seconds(1)) ?? .seconds(30)))
        case .staleData:
            let after = reader.duration("after", in: fields, minimum: .seconds(1)) ?? .seconds(Int64(DataFreshness.staleAfterSeconds))
            return .system(.staleData(after: after))
        case .ingestLag:
            return .system(.ingestLag(source: reader.string("source", in: fields, what: "a source name or pattern").map(Glob.init) ?? .any))
        }
    }

    private static func positive(_ name: String, _ fields: ConfigFields, _ reader: inout ConfigReader) -> Double? {
        guard let value = reader.number(name, in: fields) else { return nil }
        guard value > 0 else {
            reader.problem(at: fields[name], fields.path(name), "must be more than 0")
            return nil
        }
        return value
    }

    /// `conditions:` of a combination: at least two metrics, each with `above`, `below` or both.
    private static func readTerms(_ fields: ConfigFields, _ reader: inout ConfigReader) -> [MetricTest]? {
        guard let node = fields["conditions"] else { return nil }
        guard let items = node.sequence, items.count >= 2 else {
            reader.problem(at: node, fields.path("conditions"), "expected a list of at least two conditions such as {metric: truck.door, above: 0}")
            return nil
        }
        var terms: [MetricTest] = []
        for (index, item) in items.enumerated() {
            let path = "\(fields.path("conditions"))[\(index)]"
            guard let term = reader.fields(item, path: path, allowed: ["metric", "above", "below"]) else { continue }
            reader.require(["metric"], in: term)
            let metric = reader.string("metric", in: term, what: "a metric")
            let above = reader.number("above", in: term), below = reader.number("below", in: term)
            if term["above"] == nil && term["below"] == nil { reader.problem(at: item, path, "a condition needs above, below or both") }
            if let metric, !Glob(metric).isLiteral { reader.problem(at: term["metric"], "\(path).metric", "a combination names exact metrics, not patterns") }
            if let metric, above != nil || below != nil { terms.append(MetricTest(metric: metric, above: above, below: below)) }
        }
        return terms.count == items.count ? terms : nil
    }

    // MARK: hooks

    private static func readHook(_ node: Node, path: String, access: AccessPolicy, _ reader: inout ConfigReader) -> AlertHook? {
        guard let fields = reader.fields(node, path: path, allowed: ["name", "command", "on", "min_level", "timeout", "when", "repeat",
                                                                  "group_wait", "group_by", "language", "role"]) else { return nil }
        reader.require(["command"], in: fields)
        var command: [String]?
        if let commandNode = fields["command"] {
            if commandNode.sequence != nil {
                command = reader.stringList("command", in: fields, nonEmpty: true)
            } else if let line = reader.string("command", in: fields, what: "a command line or a list of program and arguments") {
                // A plain string is a shell line, so pipes and redirections work as written.
                command = ["/bin/sh", "-c", line]
            }
        }
        var events = Set(AlertEvent.Kind.allCases)
        if let names = reader.names("on", in: fields) {
            let kinds = AlertEvent.Kind.allCases.map(\.rawValue)
            events = Set(names.compactMap { name in
                guard let kind = AlertEvent.Kind(rawValue: name) else {
                    reader.problem(at: fields["on"], fields.path("on"), "unknown event '\(name)'\(Suggestion.hint(for: name, among: kinds)); events are \(kinds.joined(separator: ", "))")
                    return nil
                }
                return kind
            })
        }
        let name = reader.string("name", in: fields, what: "a hook name")
        let level = reader.level("min_level", in: fields) ?? .systemFault
        let timeout = reader.duration("timeout", in: fields, minimum: HookRunner.minimumTimeout) ?? AlertHook.defaultTimeout
        let when = fields["when"].map { readWhen($0, path: fields.path("when"), &reader) } ?? .any
        let repeatInterval = reader.duration("repeat", in: fields, minimum: AlertHook.shortestRepeat)
        let grouping = readGrouping(fields, &reader)
        let language = reader.choice("language", in: fields, as: ConfigLanguage.self)
        var viewer: Viewer?
        if let roleName = reader.string("role", in: fields, what: "a role name") {
            if let role = access.role(named: roleName) {
                viewer = Viewer(user: "hook " + (name ?? roleName), role: role, grades: access.grades)
            } else {
                let names = access.roles.map(\.name)
                reader.problem(at: fields["role"], fields.path("role"),
                               "no role \"\(roleName)\"\(Suggestion.hint(for: roleName, among: names)); roles are \(names.joined(separator: ", "))")
            }
        }
        guard let command else { return nil }
        return AlertHook(command: command, events: events, minimumLevel: level, timeout: timeout, when: when, repeatInterval: repeatInterval,
                         grouping: grouping, language: language, name: name, viewer: viewer)
    }

    /// `when: {levels: [L1, L4], rules: ["standard/*"], subjects: ["沪A*"]}`: levels by name, rules and subjects as
    /// patterns.
    private static func readWhen(_ node: Node, path: String, _ reader: inout ConfigReader) -> HookMatcher {
        guard let fields = reader.fields(node, path: path, allowed: ["levels", "rules", "subjects"]) else { return .any }
        var matcher = HookMatcher.any
        if let names = reader.names("levels", in: fields) {
            matcher.levels = Set(names.compactMap { name in
                guard let level = AlertLevel(configText: name) else {
                    reader.problem(at: fields["levels"], fields.path("levels"),
                                   "unknown level '\(name)'; levels are L1 system fault, L2 performance decline, L3 business anomaly, L4 compliance risk")
                    return nil
                }
                return level
            })
        }
        matcher.rules = (reader.names("rules", in: fields) ?? []).map(Glob.init)
        matcher.subjects = (reader.names("subjects", in: fields) ?? []).map(Glob.init)
        return matcher
    }

    /// `group_wait: 30s` and `group_by: [level]`; group_by alone is a mistake worth saying.
    private static func readGrouping(_ fields: ConfigFields, _ reader: inout ConfigReader) -> HookGrouping? {
        let wait = reader.duration("group_wait", in: fields, minimum: .zero)
        if let wait, wait > HookGrouping.longestWait {
            reader.problem(at: fields["group_wait"], fields.path("group_wait"),
                           "\(wait.configText) is longer than the \(HookGrouping.longestWait.configText) an alert may wait for its group")
        }
        var keys: [HookGrouping.Key] = []
        if let names = reader.names("group_by", in: fields) {
            let known = HookGrouping.Key.allCases.map(\.rawValue)
            keys = names.compactMap { name in
                guard let key = HookGrouping.Key(rawValue: name) else {
                    reader.problem(at: fields["group_by"], fields.path("group_by"),
                                   "unknown key '\(name)'\(Suggestion.hint(for: name, among: known)); alerts group by \(known.joined(separator: ", "))")
                    return nil
                }
                return key
            }
            if wait == nil {
                reader.problem(at: fields["group_by"], fields.path("group_by"), "group_by needs group_wait: how long a group collects its alerts")
            }
        }
        guard let wait, wait <= HookGrouping.longestWait else { return nil }
        return HookGrouping(wait: wait, by: keys)
    }

    /// Problems in file order: keys are checked before the values they decide on.
    private static func sorted(_ problems: [ConfigProblem]) -> [ConfigProblem] {
        problems.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }
}
