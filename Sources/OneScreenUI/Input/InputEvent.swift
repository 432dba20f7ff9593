/// What the terminal reports between two frames.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    /// A click at a screen cell (column, row).
    case click(x: Int, y: Int)
    /// The terminal changed size; the next frame is composed at the new size.
    case resize
}
