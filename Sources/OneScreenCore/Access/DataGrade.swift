/// The four grades of the blueprint's data classification, lowest first. A role sees a field when its clearance is
/// at least the field's grade; anything above is masked.
public enum DataGrade: Int, CaseIterable, Sendable, Comparable, Codable, CustomStringConvertible {
    /// 公开数据: public inside the company.
    case `public` = 0
    /// 内部数据: the business owner decides.
    case `internal` = 1
    /// 关键数据: the department head decides.
    case key = 2
    /// 核心数据: leadership or the data-security officer decides.
    case core = 3

    public static func < (a: DataGrade, b: DataGrade) -> Bool { a.rawValue < b.rawValue }

    public var description: String { name }

    /// The name used in config files and messages.
    public var name: String {
        switch self {
        case .public: "public"
        case .internal: "internal"
        case .key: "key"
        case .core: "core"
        }
    }

    public init?(name: String) {
        guard let grade = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = grade
    }
}
