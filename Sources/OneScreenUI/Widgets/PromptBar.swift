/// A one-line prompt: what is asked, the line being typed with its cursor shown in reverse video (so it shows
/// without colour and on any theme), and a hint or a problem at the right when there is room.
public struct PromptBar: Widget {
    public var label: String
    public var editor: LineEditor
    /// The keys that finish the prompt (`Enter 确认  Esc 取消`).
    public var hint: String
    /// Why the last Enter was refused; shown instead of the hint, as an alarm.
    public var problem: String?

    public init(label: String, editor: LineEditor, hint: String, problem: String? = nil) {
        self.label = label
        self.editor = editor
        self.hint = hint
        self.problem = problem
    }

    /// Columns always left to the typed text, before the hint may take any.
    static let minimumInput = 12

    public func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        screen.fill(row, style: Style(.accent, .reverse))
        let shownLabel = DisplayWidth.truncate(label, to: max(0, row.width - Self.minimumInput), ellipsis: glyphs.ellipsis) + " "
        let x = row.x + screen.put(shownLabel, at: row.x, y: row.y, maxWidth: row.width, style: Style(.accent, [.bold, .reverse]))
        let trailer = problem ?? hint
        let trailerWidth = DisplayWidth.width(of: trailer)
        let room = row.right - x
        let input = room - trailerWidth - 2 >= Self.minimumInput ? room - trailerWidth - 2 : room
        if input < room {
            screen.put(trailer, at: row.right - trailerWidth, y: row.y,
                       style: problem == nil ? Style(.muted, .reverse) : HealthStatus.critical.style)
        }
        guard input > 0 else { return }
        screen.fill(Rect(x: x, y: row.y, width: input, height: 1))
        let (text, cursor) = editor.window(width: input)
        // A suggestion reads as one, in the quiet style, until typing replaces it.
        screen.put(text, at: x, y: row.y, maxWidth: input, style: editor.isSuggestion ? Style(.muted) : .plain)
        screen.patchStyle(Style(.accent, .reverse), in: Rect(x: x + cursor, y: row.y, width: editor.cursorWidth, height: 1))
    }
}
