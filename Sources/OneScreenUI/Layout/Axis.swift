/// The direction a layout splits along: `.horizontal` makes columns side by side, `.vertical` stacks rows.
public enum Axis: Sendable, Hashable {
    case horizontal
    case vertical
}
