/// Where text sits inside a wider run of columns: names left, numbers right, headings centred.
public enum Alignment: Sendable, Hashable {
    case left
    case right
    case center
}
