import Testing
@testable import OneScreenUI

struct LineEditorTests {
    static func typed(_ text: String) -> LineEditor {
        var editor = LineEditor()
        for character in text { editor.handle(.character(character)) }
        return editor
    }

    @Test("Chinese and Latin go in at the cursor; Backspace, arrows, Home and Ctrl-U edit around it")
    func editing() {
        var editor = Self.typed("司机关门")
        editor.handle(.left)
        editor.handle(.left)
        for character in "已 " { editor.handle(.character(character)) }
        #expect(editor.text == "司机已 关门")
        editor.handle(.backspace)
        #expect(editor.text == "司机已关门")
        editor.handle(.home)
        editor.handle(.backspace)
        editor.handle(.character("A"))
        #expect(editor.text == "A司机已关门" && editor.cursor == 1)
        editor.handle(.end)
        editor.handle(.left)
        editor.handle(.control("u"))
        #expect(editor.text == "门" && editor.cursor == 0)
        let edited = editor.handle(.enter)
        #expect(!edited)
        #expect(LineEditor("  备注 ok  ").trimmedText == "备注 ok")
    }

    @Test("a line longer than its room shows the stretch around the cursor, by display width")
    func window() {
        let editor = Self.typed("冷链车厢温度超标 door open")
        let (text, cursor) = editor.window(width: 10)
        #expect(text == "door open" && cursor == 9)
        var start = editor
        start.handle(.home)
        #expect(start.window(width: 10) == ("冷链车厢温", 0))
        var middle = start
        for _ in 0..<7 { middle.handle(.right) }
        // The cursor on 标 (two columns) needs both of them in view.
        let shown = middle.window(width: 10)
        #expect(shown.text == "厢温度超标" && shown.cursorColumn == 8, "\(shown)")
        #expect(editor.window(width: 0) == ("", 0))
    }
}

struct SuggestionTests {
    @Test("a suggestion is taken as it is, replaced by what is typed, cleared by Backspace, kept for editing by the arrows")
    func suggestion() {
        var typed = LineEditor(suggesting: "2h")
        #expect(typed.isSuggestion && typed.text == "2h")
        for character in "30m" { typed.handle(.character(character)) }
        #expect(typed.text == "30m" && !typed.isSuggestion)
        var cleared = LineEditor(suggesting: "2h")
        cleared.handle(.backspace)
        #expect(cleared.text == "" && cleared.cursor == 0)
        var edited = LineEditor(suggesting: "2h")
        edited.handle(.left)
        edited.handle(.character("1"))
        #expect(edited.text == "21h")
        var kept = LineEditor(suggesting: "2h")
        #expect(!kept.handle(.enter) && kept.text == "2h")
    }
}
