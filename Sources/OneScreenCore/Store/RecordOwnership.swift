/// Who may change a record another source wrote. Contracts, seal uses, milestones, tags and standards belong to the
/// source that first wrote them; a configured source changing another's (an http endpoint setting `approved_by` on
/// a seal use an ERP owns) is rejected, with the owner named, unless its `may_update:` lists the owner:
///
/// ```yaml
/// sources:
///   - name: approvals
///     kind: http
///     url: https://erp.example/approvals
///     may_update: [erp-contracts]   # names or patterns (`erp-*`, `*`) of the sources whose records it may change
/// ```
///
/// Writers that are not configured sources (a person running `onescreen ingest`) own the store and may change
/// anything.
public struct RecordOwnership: Sendable, Equatable {
    /// The configured sources and the owners each may overrule.
    public var mayUpdate: [String: [Glob]]

    public init(mayUpdate: [String: [Glob]]) { self.mayUpdate = mayUpdate }

    /// Everyone may change everything: the command line, and tests of other things.
    public static let open = RecordOwnership(mayUpdate: [:])

    init(sources: [SourceConfig]) {
        mayUpdate = Dictionary(sources.map { ($0.name, $0.mayUpdate) }, uniquingKeysWith: { a, _ in a })
    }

    /// Whether `writer` may change a record `owner` wrote.
    func allows(_ writer: String, toChangeRecordsOf owner: String) -> Bool {
        guard writer != owner, let globs = mayUpdate[writer] else { return true }
        return globs.contains { $0.matches(owner) }
    }
}
