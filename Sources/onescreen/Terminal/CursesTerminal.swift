import CNcursesw
import Foundation
import OneScreenCore
import OneScreenUI

/// The only code that calls curses: it copies a `Screen` to the terminal and turns keys, clicks and resizes into
/// `InputEvent`s. Everything else composes screens in memory.
///
/// Painting sends only cells that differ from the previous frame (curses then sends only what differs on the glass),
/// and a frame identical to the last one is not painted at all. Where the terminal understands synchronized output
/// (`CSI ? 2026 h/l`) each frame is wrapped in it, so a wall screen never shows half a frame.
final class CursesTerminal {
    let colorMode: ColorMode
    private var previous: Screen?
    private var theme: Theme
    private var styles: [Style: (attributes: attr_t, pair: Int16)] = [:]
    private var pairs: [PairKey: Int16] = [:]
    private let synchronizedOutput: Bool
    private var isOpen = true

    private struct PairKey: Hashable {
        var foreground: Int16
        var background: Int16
    }

    /// Escape waits this long for the rest of an escape sequence; the curses default of a second makes Esc feel broken.
    private static let escapeDelayMilliseconds: Int32 = 25

    /// A terminal's reply or a pasted escape sequence arrives byte after byte at once; a pause this long ends one.
    private static let sequenceByteMilliseconds: Int32 = 25
    /// No real sequence is longer; a stream of junk after an ESC is read as one sequence no further than this.
    private static let maxSequenceCharacters = 4096

    /// Takes over the terminal. `environment` decides synchronized output (by `TERM`).
    /// - Parameter raw: a wall screen: Ctrl-C, Ctrl-Z, Ctrl-\ and Ctrl-S/Q arrive as keys (which it ignores, but for
    ///   its quit key) instead of signals and flow control, so a passer-by can neither stop nor suspend it.
    init(theme: Theme, noColor: Bool, environment: [String: String], raw: Bool = false) {
        setlocale(LC_ALL, "")
        // LINES and COLUMNS in the environment would pin the size and make ncurses ignore resizes; a dashboard
        // follows the real terminal. (use_env(false) would do it too, but then terminals whose terminfo entry has
        // no size, like the Linux console, fail to open.)
        unsetenv("LINES")
        unsetenv("COLUMNS")
        initscr()
        SignalTrap.wakeOnResize()
        if raw { CNcursesw.raw() } else { cbreak() }
        noecho()
        nonl()
        keypad(onescreen_stdscr(), true)
        set_escdelay(Self.escapeDelayMilliseconds)
        curs_set(0)
        mousemask(mmask_t(onescreen_all_mouse_events()), nil)
        mouseinterval(0)
        var mode = ColorMode.none
        if !noColor, has_colors() {
            start_color()
            use_default_colors()
            mode = onescreen_colors() >= 256 ? .ansi256 : onescreen_colors() >= 8 ? .ansi16 : .none
        }
        colorMode = mode
        self.theme = mode == .none ? .mono : theme
        let term = environment["TERM"] ?? ""
        // The Linux console and dumb terminals print unknown private modes instead of ignoring them.
        synchronizedOutput = !(term.hasPrefix("linux") || term == "dumb" || term.isEmpty)
    }

    /// Why the dashboard cannot run here, or nil: curses needs a terminal to read keys from and to draw on, and a
    /// terminfo entry that can move the cursor (`TERM=dumb` would give a blank screen, an unknown one an abrupt
    /// exit from inside curses).
    static func unusable(environment: [String: String]) -> String? {
        let instead = "run it in a terminal, or print one frame as text with `onescreen snapshot`"
        if isatty(STDIN_FILENO) == 0 { return "standard input is not a terminal, and the dashboard reads its keys there; \(instead)" }
        if isatty(STDOUT_FILENO) == 0 { return "standard output is not a terminal, and the dashboard draws there; \(instead)" }
        guard let term = environment["TERM"], !term.isEmpty else { return "TERM is not set; set it to your terminal's type (e.g. TERM=xterm-256color)" }
        switch onescreen_terminal_usable(term) {
        case -1: return "TERM=\(Sanitizer.line(term)) is not a terminal type this system knows (no terminfo entry); set TERM=xterm-256color or install its terminfo"
        case 0: return "TERM=\(Sanitizer.line(term)) cannot move the cursor, which the dashboard needs; set TERM=xterm-256color, or use `onescreen snapshot`"
        default: return nil
        }
    }

    deinit { close() }

    /// Gives the terminal back as it was. Safe to call more than once.
    func close() {
        guard isOpen else { return }
        isOpen = false
        endwin()
    }

    var size: (width: Int, height: Int) { (Int(onescreen_cols()), Int(onescreen_lines())) }

    /// Switches theme; the next frame repaints every cell in the new colours.
    func use(_ theme: Theme) {
        self.theme = colorMode == .none ? .mono : theme
        styles.removeAll()
        pairs.removeAll()
        previous = nil
    }

    /// Paints `screen` if anything on it changed since the last frame. Returns the number of cells written.
    @discardableResult
    func paint(_ screen: Screen) -> Int {
        if let previous, previous.width == screen.width, previous.height == screen.height, previous.cells == screen.cells {
            return 0
        }
        let full = previous == nil || previous?.width != screen.width || previous?.height != screen.height
        if full { werase(onescreen_stdscr()) }
        var written = 0
        var text: [wchar_t] = Array(repeating: 0, count: 6)
        for y in 0..<screen.height {
            for x in 0..<screen.width {
                let index = y * screen.width + x
                let cell = screen.cells[index]
                if cell.isContinuation { continue }
                if !full, let previous, previous.cells[index] == cell { continue }
                let count = Self.cellCharacters(cell.symbol, into: &text)
                let (attributes, pair) = curses(cell.style)
                // The bottom-right cell cannot be written without scrolling on many terminals; curses reports ERR.
                if onescreen_put_cell(Int32(y), Int32(x), text, attributes, pair) == ERR, count > 1, y < screen.height - 1 || x + cell.width < screen.width {
                    // A cluster curses refused whole: its base alone, so nothing of the last frame stays in the cell.
                    text[1] = 0
                    _ = onescreen_put_cell(Int32(y), Int32(x), text, attributes, pair)
                }
                // A cluster whose first character is narrower than the cells the Screen gave it (a flag's first
                // regional indicator): the rest is blanked, so no half of the last frame shows beside it.
                if cell.width > 1, let first = cell.symbol.unicodeScalars.first, DisplayWidth.width(of: first) < cell.width {
                    _ = onescreen_put_cell(Int32(y), Int32(x + 1), Self.blank, attributes, pair)
                }
                written += 1
            }
        }
        previous = screen
        if synchronizedOutput { Self.writeRaw("\u{1B}[?2026h") }
        wnoutrefresh(onescreen_stdscr())
        doupdate()
        if synchronizedOutput { Self.writeRaw("\u{1B}[?2026l") }
        return written
    }

    private static let blank: [wchar_t] = [0x20, 0]

    /// Characters curses keeps in one cell: a spacing character and up to four combining ones (CCHARW_MAX).
    private static let charactersPerCell = 5

    /// The wide characters for one cell's cluster into `text` (zero-terminated); how many. The base, then the marks
    /// that draw inside its cell, up to curses' limit. An emoji ZWJ sequence stops at the joiner: its parts are
    /// spacing characters, which curses refuses in one cell (leaving the last frame's text there) and terminals
    /// draw side by side or joined as they please; its first emoji takes the two columns the Screen gave the cluster.
    static func cellCharacters(_ symbol: String, into text: inout [wchar_t]) -> Int {
        var count = 0
        for scalar in symbol.unicodeScalars {
            if count > 0 && (scalar.value == 0x200D || DisplayWidth.width(of: scalar) != 0) { break }
            if count == charactersPerCell { break }
            text[count] = wchar_t(bitPattern: scalar.value)
            count += 1
        }
        text[count] = 0
        return count
    }

    /// Rings the terminal's bell (a wall screen's new L1 or L4 alert, when configured).
    func ringBell() {
        beep()
    }

    /// Flashes the terminal's screen (its visual bell), or rings where it has none.
    func flashScreen() {
        flash()
    }

    /// Forgets the last frame so the next paint rewrites every cell (after a resize, or `Ctrl-L`).
    func invalidate() {
        previous = nil
        clearok(onescreen_stdscr(), true)
    }

    /// A key read right after an Escape to see whether a sequence followed, and found to be a key of its own.
    private var pending: InputEvent?

    /// Waits up to `milliseconds` for input; nil when none came in time.
    func nextEvent(timeoutMilliseconds milliseconds: Int) -> InputEvent? {
        if let event = pending {
            pending = nil
            return event
        }
        wtimeout(onescreen_stdscr(), Int32(milliseconds))
        var code: wint_t = 0
        let status = wget_wch(onescreen_stdscr(), &code)
        if status == KEY_CODE_YES { return functionKey(Int32(code)) }
        guard status == OK else { return nil }
        if code == 27 || Self.isC1Introducer(UInt32(code)) { return escape(introducer: UInt32(code)) }
        return character(UInt32(code))
    }

    /// An ESC alone is the Escape key; followed at once by more it starts a sequence (CSI, OSC, DCS, SS3, or a key
    /// with Alt) that curses did not know, which is read whole and dropped, so a `q` inside a terminal's reply or a
    /// pasted string is never taken for a key.
    private func escape(introducer: UInt32) -> InputEvent? {
        wtimeout(onescreen_stdscr(), Self.sequenceByteMilliseconds)
        func next() -> UInt32? {
            var code: wint_t = 0
            let status = wget_wch(onescreen_stdscr(), &code)
            return status == OK || status == KEY_CODE_YES ? UInt32(code) : nil
        }
        var kind = introducer
        if introducer == 27 {
            guard let second = next() else { return .key(.escape) }
            kind = second
        }
        var read = 0
        func until(_ done: (UInt32) -> Bool) {
            while read < Self.maxSequenceCharacters, let c = next() {
                read += 1
                if done(c) { return }
            }
        }
        switch kind {
        case UInt32(UInt8(ascii: "[")), 0x9B:  // CSI: parameters and intermediates, then one final byte
            until { (0x40...0x7E).contains($0) }
        case UInt32(UInt8(ascii: "]")), 0x9D, UInt32(UInt8(ascii: "P")), 0x90, UInt32(UInt8(ascii: "X")), 0x98,
             UInt32(UInt8(ascii: "^")), 0x9E, UInt32(UInt8(ascii: "_")), 0x9F:
            // OSC, DCS, SOS, PM, APC: a string up to ST (ESC \ or U+009C), or BEL for OSC.
            var afterEscape = false
            until { c in
                defer { afterEscape = c == 27 }
                return c == 7 || c == 0x9C || (afterEscape && c == UInt32(UInt8(ascii: "\\")))
            }
        case UInt32(UInt8(ascii: "O")):  // SS3: one more
            _ = next()
        default:
            // Escape, then a key pressed quickly after it: both are keys.
            pending = introducer == 27 ? character(kind) : nil
            return introducer == 27 ? .key(.escape) : nil
        }
        return nil
    }

    private static func isC1Introducer(_ code: UInt32) -> Bool { [0x90, 0x98, 0x9B, 0x9D, 0x9E, 0x9F].contains(code) }

    private func functionKey(_ code: Int32) -> InputEvent? {
        switch code {
        case KEY_RESIZE:
            invalidate()
            return .resize
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_BTAB: return .key(.backTab)
        case KEY_MOUSE:
            var x: Int32 = 0, y: Int32 = 0
            var buttons: UInt = 0
            guard onescreen_mouse(&x, &y, &buttons) == OK, buttons & onescreen_button1_pressed() != 0 else { return nil }
            return .click(x: Int(x), y: Int(y))
        case KEY_F0 + 1...KEY_F0 + 12: return .key(.function(Int(code - KEY_F0)))
        default: return nil
        }
    }

    private func character(_ code: UInt32) -> InputEvent? {
        switch code {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.control(Character(UnicodeScalar(code + 96)!)))
        default:
            guard let scalar = UnicodeScalar(code) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }

    /// The attributes and colour pair for `style` under the current theme, allocating pairs as styles first appear.
    private func curses(_ style: Style) -> (attr_t, Int16) {
        if let known = styles[style] { return known }
        let resolved = theme.resolve(style, mode: colorMode)
        var attributes = onescreen_a_normal()
        if resolved.attributes.contains(.bold) { attributes |= onescreen_a_bold() }
        if resolved.attributes.contains(.dim) { attributes |= onescreen_a_dim() }
        if resolved.attributes.contains(.underline) { attributes |= onescreen_a_underline() }
        if resolved.attributes.contains(.reverse) { attributes |= onescreen_a_reverse() }
        let key = PairKey(
            foreground: resolved.foreground.map(Int16.init) ?? -1, background: resolved.background.map(Int16.init) ?? -1)
        var pair: Int16 = 0
        if colorMode != .none, key != PairKey(foreground: -1, background: -1) {
            if let known = pairs[key] {
                pair = known
            } else if pairs.count + 1 < min(Int(onescreen_color_pairs()), Int(Int16.max)) {
                // Pairs come from the theme's few roles, so this stays far below COLOR_PAIRS; past it a style
                // falls back to the terminal's colours rather than recycling pairs under cells already drawn.
                pair = Int16(pairs.count + 1)
                init_pair(pair, key.foreground, key.background)
                pairs[key] = pair
            }
        }
        styles[style] = (attributes, pair)
        return (attributes, pair)
    }

    /// Bytes that must reach the terminal outside curses' own buffer, in order with its output: `doupdate` has
    /// flushed everything before, so a direct write keeps the order.
    private static func writeRaw(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { Foundation.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }
}
